//! `/stats`: the main statistics tables and a bar chart drawn on the server as
//! inline SVG, from the same suppressed tables as the API. No JavaScript.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::i18n::{message_id, Arg};
use super::pages::{self, Layout};
use super::{render, Caching, Lang, Translator};
use crate::api::ratelimit::{Group, PeerAddress};
use crate::app::AppState;
use crate::domain::complaint::{ComplaintCategory, Sex};
use crate::domain::finding::FeeCategory;
use crate::domain::role::Actor;
use crate::domain::statistics::{Dimension, Subject, UNKNOWN};
use crate::domain::suppression::MinCell;
use crate::error::Error;
use crate::registry::stats::{statistics, StatsCell, StatsTable};

/// What marks a suppressed number on the page; the legend explains it.
pub const HIDDEN_MARK: &str = "◆";

/// A number as the page shows it: written in the reader's digits, or hidden.
pub enum Shown {
    Number(String),
    Hidden,
}

/// A row of the complaints table: the problem, a cell per sex, the row's total.
pub struct CategoryRow {
    pub label: String,
    pub cells: Vec<Shown>,
    pub total: Shown,
}

/// A row of the fees table: amounts already written with their currency.
pub struct FeeRow {
    pub label: String,
    pub findings: Shown,
    pub charged: Vec<String>,
    pub refund_ordered: Vec<String>,
    pub refunded: Vec<String>,
}

#[derive(Template)]
#[template(path = "stats.html")]
struct StatsPage {
    layout: Layout,
    complaints_total: String,
    findings_total: String,
    sex_columns: Vec<String>,
    category_rows: Vec<CategoryRow>,
    chart: String,
    fee_rows: Vec<FeeRow>,
    hidden_label: String,
    legend: String,
}

/// The four tables the page shows, read in one go.
struct Tables {
    by_category_and_sex: StatsTable,
    by_category: StatsTable,
    findings_by_fee: StatsTable,
    findings: StatsTable,
}

fn read_tables(
    state: &AppState,
) -> impl FnOnce(&mut crate::db::AnyConnection) -> Result<Tables, Error> {
    let min = state.stats_min_cell;
    move |conn| {
        use Dimension::{Category, FeeCategory as Fee, Sex as BySex};
        Ok(Tables {
            by_category_and_sex: statistics(conn, Subject::Complaints, &[Category, BySex], min)?,
            by_category: statistics(conn, Subject::Complaints, &[Category], min)?,
            findings_by_fee: statistics(conn, Subject::Findings, &[Fee], min)?,
            findings: statistics(conn, Subject::Findings, &[], min)?,
        })
    }
}

pub async fn page(
    State(state): State<AppState>,
    lang: Lang,
    PeerAddress(peer): PeerAddress,
) -> Response {
    if let Err(limited) = state.limits.admit(Group::Stats, &Actor::public(), peer) {
        return pages::rate_limited(&lang, limited);
    }
    let tables = match state.db.run(read_tables(&state)).await {
        Ok(tables) => tables,
        Err(error) => {
            tracing::error!(%error, "statistics page failed");
            return pages::error(&lang, StatusCode::INTERNAL_SERVER_ERROR);
        }
    };
    let page = build(lang.t, &tables, state.stats_min_cell);
    render(&lang, StatusCode::OK, Caching::Brief, &page)
}

fn shown(t: &Translator, cell: Option<&StatsCell>) -> Shown {
    match cell {
        Some(c) if c.suppressed => Shown::Hidden,
        Some(c) => Shown::Number(t.count(c.count.unwrap_or(0).max(0) as u64)),
        None => Shown::Number(t.count(0)),
    }
}

fn find<'a>(table: &'a StatsTable, values: &[(Dimension, &str)]) -> Option<&'a StatsCell> {
    table.cells.iter().find(|c| {
        values
            .iter()
            .all(|(d, v)| c.group.get(d.as_str()).map(String::as_str) == Some(*v))
    })
}

fn total_text(t: &Translator, cell: &StatsCell) -> String {
    match cell.count {
        Some(n) if !cell.suppressed => t.count(n.max(0) as u64),
        _ => HIDDEN_MARK.to_string(),
    }
}

fn build(t: Translator, tables: &Tables, min: MinCell) -> StatsPage {
    let sexes: Vec<&str> = Sex::ALL
        .iter()
        .map(|s| s.as_str())
        .chain([UNKNOWN])
        .collect();
    let sex_columns = sexes
        .iter()
        .map(|s| match *s {
            "undisclosed" => t.t("stats-sex-undisclosed"),
            UNKNOWN => t.t("stats-not-given"),
            other => t.t(&message_id("sex", other)),
        })
        .collect();
    let category_rows: Vec<CategoryRow> = ComplaintCategory::ALL
        .iter()
        .map(|category| {
            let c = category.as_str();
            CategoryRow {
                label: t.t(&message_id("violation", c)),
                cells: sexes
                    .iter()
                    .map(|s| {
                        let cell = find(
                            &tables.by_category_and_sex,
                            &[(Dimension::Category, c), (Dimension::Sex, s)],
                        );
                        shown(&t, cell)
                    })
                    .collect(),
                total: shown(&t, find(&tables.by_category, &[(Dimension::Category, c)])),
            }
        })
        .collect();
    let fee_rows = FeeCategory::ALL
        .iter()
        .map(|category| {
            let c = category.as_str();
            let cell = find(&tables.findings_by_fee, &[(Dimension::FeeCategory, c)]);
            let fees = cell.and_then(|c| c.fee_totals.clone()).unwrap_or_default();
            let money = |pick: fn(&crate::registry::stats::CellFeeTotals) -> i64| {
                fees.iter().map(|f| t.money(pick(f), &f.currency)).collect()
            };
            FeeRow {
                label: t.t(&message_id("fee", c)),
                findings: shown(&t, cell),
                charged: money(|f| f.charged_minor),
                refund_ordered: money(|f| f.refund_ordered_minor),
                refunded: money(|f| f.refunded_minor),
            }
        })
        .collect();
    let bars: Vec<Bar> = ComplaintCategory::ALL
        .iter()
        .zip(&category_rows)
        .map(|(category, row)| Bar {
            label: row.label.clone(),
            value: find(
                &tables.by_category,
                &[(Dimension::Category, category.as_str())],
            )
            .map_or(Some(0), |c| if c.suppressed { None } else { c.count }),
            text: match &row.total {
                Shown::Number(n) => n.clone(),
                Shown::Hidden => format!("{HIDDEN_MARK} {}", t.t("stats-hidden")),
            },
        })
        .collect();
    let chart = bar_chart(
        &t.t("stats-chart-title"),
        &t.t("stats-chart-description"),
        &bars,
        t.dir() == "rtl",
    );
    StatsPage {
        layout: Layout::new(t, t.t("stats-title"), "/stats"),
        complaints_total: t.with_text(
            "stats-complaints-total",
            "count",
            &total_text(&t, &tables.by_category.total),
        ),
        findings_total: t.with_text(
            "stats-findings-total",
            "count",
            &total_text(&t, &tables.findings.total),
        ),
        sex_columns,
        category_rows,
        chart,
        fee_rows,
        hidden_label: t.t("stats-hidden"),
        legend: t.with(
            "stats-legend",
            &[
                ("marker", Arg::Text(HIDDEN_MARK)),
                ("min", Arg::Number(i64::from(min.get()))),
            ],
        ),
    }
}

/// One bar: its label, its count (None when suppressed) and the text beside it.
pub struct Bar {
    pub label: String,
    pub value: Option<i64>,
    pub text: String,
}

const CHART_WIDTH: i64 = 400;
const BAR_SPACE: i64 = 300;
const ROW_HEIGHT: i64 = 38;

/// A horizontal bar chart as inline SVG: a label above each bar, the count beside
/// it, a suppressed value as the hidden mark and no bar. Labelled for screen
/// readers by `<title>` and `<desc>`; mirrored for right-to-left languages.
pub fn bar_chart(title: &str, description: &str, bars: &[Bar], rtl: bool) -> String {
    let largest = bars
        .iter()
        .filter_map(|b| b.value)
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW_HEIGHT * bars.len() as i64 + 4;
    let (edge, anchor) = if rtl {
        (CHART_WIDTH - 2, "end")
    } else {
        (2, "start")
    };
    let mut svg = format!(
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {CHART_WIDTH} {height}\" \
         role=\"img\" aria-labelledby=\"chart-title chart-desc\"{}>\
         <title id=\"chart-title\">{}</title><desc id=\"chart-desc\">{}</desc>",
        if rtl { " direction=\"rtl\"" } else { "" },
        escape(title),
        escape(description),
    );
    for (i, bar) in bars.iter().enumerate() {
        let top = ROW_HEIGHT * i as i64;
        let width = bar
            .value
            .map_or(0, |v| (v * BAR_SPACE / largest).max(i64::from(v > 0)));
        let bar_x = if rtl { CHART_WIDTH - 2 - width } else { 2 };
        let text_x = if rtl { bar_x - 6 } else { bar_x + width + 6 };
        svg.push_str(&format!(
            "<text x=\"{edge}\" y=\"{}\" text-anchor=\"{anchor}\" font-size=\"13\">{}</text>",
            top + 14,
            escape(&bar.label)
        ));
        if width > 0 {
            svg.push_str(&format!(
                "<rect x=\"{bar_x}\" y=\"{}\" width=\"{width}\" height=\"14\" fill=\"#0b5394\"/>",
                top + 19
            ));
        }
        svg.push_str(&format!(
            "<text x=\"{text_x}\" y=\"{}\" text-anchor=\"{anchor}\" font-size=\"13\" font-weight=\"700\">{}</text>",
            top + 31,
            escape(&bar.text)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// Escapes text for SVG (XML) content.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, value: Option<i64>) -> Bar {
        Bar {
            label: label.into(),
            value,
            text: value.map_or("◆ Hidden".into(), |v| v.to_string()),
        }
    }

    #[test]
    fn bars_scale_to_the_largest_and_hidden_values_draw_none() {
        let svg = bar_chart(
            "Complaints <by> problem",
            "One bar & its count",
            &[
                bar("Fees", Some(20)),
                bar("Threats", None),
                bar("Other", Some(10)),
            ],
            false,
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("<title id=\"chart-title\">Complaints &lt;by&gt; problem</title>"));
        assert!(svg.contains("<desc id=\"chart-desc\">One bar &amp; its count</desc>"));
        assert!(svg.contains("role=\"img\"") && svg.contains("aria-labelledby"));
        assert_eq!(svg.matches("<rect").count(), 2, "{svg}");
        assert!(svg.contains("width=\"300\""), "{svg}");
        assert!(svg.contains("width=\"150\""), "{svg}");
        assert!(svg.contains("◆ Hidden"));
        assert!(!svg.contains("<script"));
    }

    #[test]
    fn right_to_left_bars_grow_from_the_right() {
        let svg = bar_chart("t", "d", &[bar("a", Some(5))], true);
        assert!(svg.contains("direction=\"rtl\""));
        assert!(
            svg.contains(&format!("<rect x=\"{}\"", CHART_WIDTH - 2 - BAR_SPACE)),
            "{svg}"
        );
    }
}
