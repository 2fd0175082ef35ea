//! Money: ISO 4217 currency codes, their minor units, and amounts written for people.
//!
//! Amounts are always whole numbers of the currency's minor unit (paisa, cents, fils)
//! in an `i64`, next to an ISO 4217 code. Nothing here uses floating point.

use std::fmt;

/// Active ISO 4217 currencies with the exponent of their minor unit (2: cents, 3: fils,
/// 0: no minor unit in use), sorted by code.
///
/// Taken from ISO 4217 List One, keeping the currencies people are paid and charged in.
/// Left out: fund codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW), precious metals,
/// bond-market units, SDR and the test/no-currency codes (XAG, XAU, XBA-XBD, XDR, XPD, XPT,
/// XSU, XTS, XUA, XXX), and codes ISO has withdrawn (for example HRK, replaced by EUR;
/// BGN, replaced by EUR in 2026; ANG, replaced by XCG; SLL, replaced by SLE; ZWL,
/// replaced by ZWG; CUC).
pub const CURRENCIES: &[(&str, u32)] = &[
    ("AED", 2), // UAE Dirham
    ("AFN", 2), // Afghani
    ("ALL", 2), // Lek
    ("AMD", 2), // Armenian Dram
    ("AOA", 2), // Kwanza
    ("ARS", 2), // Argentine Peso
    ("AUD", 2), // Australian Dollar
    ("AWG", 2), // Aruban Florin
    ("AZN", 2), // Azerbaijan Manat
    ("BAM", 2), // Convertible Mark
    ("BBD", 2), // Barbados Dollar
    ("BDT", 2), // Taka
    ("BHD", 3), // Bahraini Dinar
    ("BIF", 0), // Burundi Franc
    ("BMD", 2), // Bermudian Dollar
    ("BND", 2), // Brunei Dollar
    ("BOB", 2), // Boliviano
    ("BRL", 2), // Brazilian Real
    ("BSD", 2), // Bahamian Dollar
    ("BTN", 2), // Ngultrum
    ("BWP", 2), // Pula
    ("BYN", 2), // Belarusian Ruble
    ("BZD", 2), // Belize Dollar
    ("CAD", 2), // Canadian Dollar
    ("CDF", 2), // Congolese Franc
    ("CHF", 2), // Swiss Franc
    ("CLP", 0), // Chilean Peso
    ("CNY", 2), // Yuan Renminbi
    ("COP", 2), // Colombian Peso
    ("CRC", 2), // Costa Rican Colon
    ("CUP", 2), // Cuban Peso
    ("CVE", 2), // Cabo Verde Escudo
    ("CZK", 2), // Czech Koruna
    ("DJF", 0), // Djibouti Franc
    ("DKK", 2), // Danish Krone
    ("DOP", 2), // Dominican Peso
    ("DZD", 2), // Algerian Dinar
    ("EGP", 2), // Egyptian Pound
    ("ERN", 2), // Nakfa
    ("ETB", 2), // Ethiopian Birr
    ("EUR", 2), // Euro
    ("FJD", 2), // Fiji Dollar
    ("FKP", 2), // Falkland Islands Pound
    ("GBP", 2), // Pound Sterling
    ("GEL", 2), // Lari
    ("GHS", 2), // Ghana Cedi
    ("GIP", 2), // Gibraltar Pound
    ("GMD", 2), // Dalasi
    ("GNF", 0), // Guinean Franc
    ("GTQ", 2), // Quetzal
    ("GYD", 2), // Guyana Dollar
    ("HKD", 2), // Hong Kong Dollar
    ("HNL", 2), // Lempira
    ("HTG", 2), // Gourde
    ("HUF", 2), // Forint
    ("IDR", 2), // Rupiah
    ("ILS", 2), // New Israeli Sheqel
    ("INR", 2), // Indian Rupee
    ("IQD", 3), // Iraqi Dinar
    ("IRR", 2), // Iranian Rial
    ("ISK", 0), // Iceland Krona
    ("JMD", 2), // Jamaican Dollar
    ("JOD", 3), // Jordanian Dinar
    ("JPY", 0), // Yen
    ("KES", 2), // Kenyan Shilling
    ("KGS", 2), // Som
    ("KHR", 2), // Riel
    ("KMF", 0), // Comorian Franc
    ("KPW", 2), // North Korean Won
    ("KRW", 0), // Won
    ("KWD", 3), // Kuwaiti Dinar
    ("KYD", 2), // Cayman Islands Dollar
    ("KZT", 2), // Tenge
    ("LAK", 2), // Lao Kip
    ("LBP", 2), // Lebanese Pound
    ("LKR", 2), // Sri Lanka Rupee
    ("LRD", 2), // Liberian Dollar
    ("LSL", 2), // Loti
    ("LYD", 3), // Libyan Dinar
    ("MAD", 2), // Moroccan Dirham
    ("MDL", 2), // Moldovan Leu
    ("MGA", 2), // Malagasy Ariary
    ("MKD", 2), // Denar
    ("MMK", 2), // Kyat
    ("MNT", 2), // Tugrik
    ("MOP", 2), // Pataca
    ("MRU", 2), // Ouguiya
    ("MUR", 2), // Mauritius Rupee
    ("MVR", 2), // Rufiyaa
    ("MWK", 2), // Malawi Kwacha
    ("MXN", 2), // Mexican Peso
    ("MYR", 2), // Malaysian Ringgit
    ("MZN", 2), // Mozambique Metical
    ("NAD", 2), // Namibia Dollar
    ("NGN", 2), // Naira
    ("NIO", 2), // Cordoba Oro
    ("NOK", 2), // Norwegian Krone
    ("NPR", 2), // Nepalese Rupee
    ("NZD", 2), // New Zealand Dollar
    ("OMR", 3), // Rial Omani
    ("PAB", 2), // Balboa
    ("PEN", 2), // Sol
    ("PGK", 2), // Kina
    ("PHP", 2), // Philippine Peso
    ("PKR", 2), // Pakistan Rupee
    ("PLN", 2), // Zloty
    ("PYG", 0), // Guarani
    ("QAR", 2), // Qatari Rial
    ("RON", 2), // Romanian Leu
    ("RSD", 2), // Serbian Dinar
    ("RUB", 2), // Russian Ruble
    ("RWF", 0), // Rwanda Franc
    ("SAR", 2), // Saudi Riyal
    ("SBD", 2), // Solomon Islands Dollar
    ("SCR", 2), // Seychelles Rupee
    ("SDG", 2), // Sudanese Pound
    ("SEK", 2), // Swedish Krona
    ("SGD", 2), // Singapore Dollar
    ("SHP", 2), // Saint Helena Pound
    ("SLE", 2), // Leone
    ("SOS", 2), // Somali Shilling
    ("SRD", 2), // Surinam Dollar
    ("SSP", 2), // South Sudanese Pound
    ("STN", 2), // Dobra
    ("SVC", 2), // El Salvador Colon
    ("SYP", 2), // Syrian Pound
    ("SZL", 2), // Lilangeni
    ("THB", 2), // Baht
    ("TJS", 2), // Somoni
    ("TMT", 2), // Turkmenistan New Manat
    ("TND", 3), // Tunisian Dinar
    ("TOP", 2), // Pa’anga
    ("TRY", 2), // Turkish Lira
    ("TTD", 2), // Trinidad and Tobago Dollar
    ("TWD", 2), // New Taiwan Dollar
    ("TZS", 2), // Tanzanian Shilling
    ("UAH", 2), // Hryvnia
    ("UGX", 0), // Uganda Shilling
    ("USD", 2), // US Dollar
    ("UYU", 2), // Peso Uruguayo
    ("UZS", 2), // Uzbekistan Sum
    ("VED", 2), // Bolívar Soberano
    ("VES", 2), // Bolívar Soberano
    ("VND", 0), // Dong
    ("VUV", 0), // Vatu
    ("WST", 2), // Tala
    ("XAF", 0), // CFA Franc BEAC
    ("XCD", 2), // East Caribbean Dollar
    ("XCG", 2), // Caribbean Guilder
    ("XOF", 0), // CFA Franc BCEAO
    ("XPF", 0), // CFP Franc
    ("YER", 2), // Yemeni Rial
    ("ZAR", 2), // Rand
    ("ZMW", 2), // Zambian Kwacha
    ("ZWG", 2), // Zimbabwe Gold
];

/// Reads an ISO 4217 currency code as a client may send it (" npr ") and returns the
/// canonical code ("NPR"), or `None` when it is not an active currency code.
pub fn parse_currency(code: &str) -> Option<&'static str> {
    lookup(code).map(|(code, _)| code)
}

/// How many decimal places the currency's minor unit has: 2 for most currencies
/// (NPR, USD), 0 for JPY, KRW or VND, 3 for KWD, BHD, OMR, JOD, IQD, LYD and TND.
/// An unknown code reads as 2.
pub fn minor_unit_exponent(code: &str) -> u32 {
    lookup(code).map_or(2, |(_, exponent)| exponent)
}

fn lookup(code: &str) -> Option<(&'static str, u32)> {
    let code = code.trim();
    if code.len() != 3 {
        return None;
    }
    let code = code.to_ascii_uppercase();
    CURRENCIES
        .binary_search_by(|(known, _)| (*known).cmp(code.as_str()))
        .ok()
        .and_then(|index| CURRENCIES.get(index).copied())
}

/// Writes an amount of minor units for people: the code, then the amount with thousands
/// separated by commas and as many decimals as the currency has.
/// `format_amount(840_000_000, "NPR")` is "NPR 8,400,000.00", `format_amount(5000, "JPY")`
/// is "JPY 5,000", `format_amount(1250, "KWD")` is "KWD 1.250", and a negative amount
/// starts with a minus: "USD -12.50". An unknown code is written as given, with 2 decimals.
pub fn format_amount(minor: i64, currency: &str) -> String {
    let (code, exponent) = match lookup(currency) {
        Some(found) => found,
        None => (currency.trim(), 2),
    };
    // unsigned_abs keeps i64::MIN representable.
    let magnitude = minor.unsigned_abs();
    let scale = 10u64.pow(exponent);
    let whole = group_thousands(magnitude / scale);
    let sign = if minor < 0 { "-" } else { "" };
    if exponent == 0 {
        format!("{code} {sign}{whole}")
    } else {
        let fraction = magnitude % scale;
        let width = exponent as usize;
        format!("{code} {sign}{whole}.{fraction:0width$}")
    }
}

/// 8400000 -> "8,400,000".
fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    // A comma goes before every digit with a multiple of three digits after it.
    let first_group = digits.len() % 3;
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && index % 3 == first_group {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// Why a sum of money could not be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyError {
    /// A total does not fit in 64 bits of minor units: the input holds an impossible amount.
    Overflow,
    /// Amounts in different currencies were to be added together.
    MixedCurrencies,
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MoneyError::Overflow => f.write_str("the amount is too large to compute"),
            MoneyError::MixedCurrencies => {
                f.write_str("amounts in different currencies cannot be added together")
            }
        }
    }
}

impl std::error::Error for MoneyError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_unique_and_well_formed() {
        for pair in CURRENCIES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        for (code, exponent) in CURRENCIES {
            assert_eq!(code.len(), 3);
            assert!(code.bytes().all(|b| b.is_ascii_uppercase()), "{code}");
            assert!(*exponent <= 3, "{code}");
        }
    }

    #[test]
    fn the_regions_workers_come_from_and_go_to_are_covered() {
        let needed = [
            // South Asia
            "AFN", "BDT", "BTN", "INR", "LKR", "MVR", "NPR", "PKR", // Southeast Asia
            "BND", "IDR", "KHR", "LAK", "MMK", "MYR", "PHP", "SGD", "THB", "VND",
            // the Gulf and the Middle East
            "AED", "BHD", "EGP", "ILS", "IQD", "IRR", "JOD", "KWD", "LBP", "OMR", "QAR", "SAR",
            "SYP", "TRY", "YER", // East Africa
            "BIF", "DJF", "ERN", "ETB", "KES", "KMF", "MGA", "MUR", "MWK", "MZN", "RWF", "SCR",
            "SDG", "SOS", "SSP", "TZS", "UGX", "ZMW", "ZWG",
            // others named in the brief
            "USD", "EUR", "GBP", "JPY", "HKD", "CNY",
        ];
        for code in needed {
            assert_eq!(parse_currency(code), Some(code), "{code}");
        }
    }

    #[test]
    fn codes_are_trimmed_and_uppercased() {
        assert_eq!(parse_currency(" npr "), Some("NPR"));
        assert_eq!(parse_currency("Usd"), Some("USD"));
        assert_eq!(parse_currency("\tkwd\n"), Some("KWD"));
    }

    #[test]
    fn unknown_withdrawn_and_non_currency_codes_are_refused() {
        for code in [
            "",
            "N",
            "NP",
            "NPRR",
            "XYZ",
            "ABC",
            "HRK",
            "BGN",
            "ANG",
            "SLL",
            "ZWL",
            "CUC",
            "XAU",
            "XXX",
            "XTS",
            "USN",
            "N P",
            "ÑPR",
            "८९०",
        ] {
            assert_eq!(parse_currency(code), None, "{code:?}");
        }
    }

    #[test]
    fn exponents_follow_iso_4217() {
        assert_eq!(minor_unit_exponent("JPY"), 0);
        assert_eq!(minor_unit_exponent("KRW"), 0);
        assert_eq!(minor_unit_exponent("VND"), 0);
        assert_eq!(minor_unit_exponent("UGX"), 0);
        for code in ["KWD", "BHD", "OMR", "JOD", "IQD", "LYD", "TND"] {
            assert_eq!(minor_unit_exponent(code), 3, "{code}");
        }
        for code in [
            "NPR", "USD", "EUR", "QAR", "SAR", "AED", "MYR", "IDR", "INR",
        ] {
            assert_eq!(minor_unit_exponent(code), 2, "{code}");
        }
        assert_eq!(minor_unit_exponent(" kwd "), 3);
        assert_eq!(minor_unit_exponent("XYZ"), 2);
    }

    #[test]
    fn amounts_are_written_with_separators_and_the_currency_decimals() {
        assert_eq!(format_amount(840_000_000, "NPR"), "NPR 8,400,000.00");
        assert_eq!(format_amount(5000, "JPY"), "JPY 5,000");
        assert_eq!(format_amount(1250, "KWD"), "KWD 1.250");
        assert_eq!(format_amount(5, "KWD"), "KWD 0.005");
        assert_eq!(format_amount(0, "USD"), "USD 0.00");
        assert_eq!(format_amount(7, "USD"), "USD 0.07");
        assert_eq!(format_amount(99_999, "USD"), "USD 999.99");
        assert_eq!(format_amount(100_000, "USD"), "USD 1,000.00");
        assert_eq!(format_amount(123_456_789, "JPY"), "JPY 123,456,789");
        assert_eq!(format_amount(999, "JPY"), "JPY 999");
        assert_eq!(format_amount(0, "JPY"), "JPY 0");
    }

    #[test]
    fn negative_amounts_start_with_a_minus() {
        assert_eq!(format_amount(-1250, "USD"), "USD -12.50");
        assert_eq!(format_amount(-5, "USD"), "USD -0.05");
        assert_eq!(format_amount(-1_000_000, "JPY"), "JPY -1,000,000");
        assert_eq!(
            format_amount(i64::MIN, "USD"),
            "USD -92,233,720,368,547,758.08"
        );
        assert_eq!(
            format_amount(i64::MAX, "JPY"),
            "JPY 9,223,372,036,854,775,807"
        );
    }

    #[test]
    fn codes_are_written_canonically_and_unknown_ones_as_given() {
        assert_eq!(format_amount(150, " npr"), "NPR 1.50");
        assert_eq!(format_amount(150, "XYZ"), "XYZ 1.50");
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(
            MoneyError::Overflow.to_string(),
            "the amount is too large to compute"
        );
        let error: Box<dyn std::error::Error> = Box::new(MoneyError::MixedCurrencies);
        assert!(error.to_string().contains("different currencies"));
    }
}
