//! Diesel table definitions, written by hand to match both migration folders.

diesel::table! {
    organizations (id) {
        id -> Text,
        kind -> Text,
        name -> Text,
        country -> Text,
        registration_number -> Nullable<Text>,
        website -> Nullable<Text>,
        addresses -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    aliases (id) {
        id -> Text,
        organization_id -> Text,
        name -> Text,
        kind -> Text,
    }
}

diesel::table! {
    people (id) {
        id -> Text,
        name -> Text,
        created_at -> Timestamp,
        identity_sealed -> Nullable<Text>,
        birth_date_digest -> Nullable<Text>,
        id_number_digest -> Nullable<Text>,
    }
}

diesel::table! {
    organization_people (organization_id, person_id, role) {
        organization_id -> Text,
        person_id -> Text,
        role -> Text,
    }
}

diesel::table! {
    licences (id) {
        id -> Text,
        organization_id -> Text,
        authority -> Text,
        authority_name -> Text,
        number -> Text,
        number_normalised -> Text,
        licence_type -> Nullable<Text>,
        valid_from -> Nullable<Date>,
        valid_until -> Nullable<Date>,
        status -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    licence_status_changes (id) {
        id -> Text,
        licence_id -> Text,
        from_status -> Nullable<Text>,
        status -> Text,
        reason -> Nullable<Text>,
        effective_date -> Date,
        finding_id -> Nullable<Text>,
        actor -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    events (seq) {
        seq -> BigInt,
        at -> Timestamp,
        actor -> Text,
        action -> Text,
        entity_type -> Text,
        entity_id -> Text,
        data -> Text,
        prev_hash -> Text,
        hash -> Text,
    }
}

diesel::table! {
    log_lock (id) {
        id -> Integer,
        writes -> BigInt,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> Text,
        name -> Text,
        role -> Text,
        jurisdictions -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(aliases -> organizations (organization_id));
diesel::joinable!(organization_people -> organizations (organization_id));
diesel::joinable!(organization_people -> people (person_id));
diesel::joinable!(licences -> organizations (organization_id));
diesel::joinable!(licence_status_changes -> licences (licence_id));

diesel::table! {
    complaints (id) {
        id -> Text,
        receipt_digest -> Text,
        receipt_sealed -> Text,
        status -> Text,
        categories -> Text,
        narrative_sealed -> Nullable<Text>,
        complainant_sealed -> Nullable<Text>,
        sex -> Nullable<Text>,
        age_band -> Nullable<Text>,
        nationality -> Nullable<Text>,
        sector -> Nullable<Text>,
        preferred_language -> Nullable<Text>,
        consent_to_contact -> Bool,
        filed_by -> Text,
        filed_by_token -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    complaint_countries (complaint_id, country) {
        complaint_id -> Text,
        country -> Text,
    }
}

diesel::table! {
    complaint_respondents (id) {
        id -> Text,
        complaint_id -> Text,
        organization_id -> Nullable<Text>,
        name -> Nullable<Text>,
        country -> Nullable<Text>,
    }
}

diesel::table! {
    complaint_status_changes (id) {
        id -> Text,
        complaint_id -> Text,
        from_status -> Nullable<Text>,
        status -> Text,
        note_sealed -> Nullable<Text>,
        actor -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::joinable!(complaint_countries -> complaints (complaint_id));
diesel::joinable!(complaint_respondents -> complaints (complaint_id));
diesel::joinable!(complaint_status_changes -> complaints (complaint_id));

diesel::table! {
    findings (id) {
        id -> Text,
        organization_id -> Text,
        jurisdiction -> Text,
        status -> Text,
        summary -> Nullable<Text>,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    finding_complaints (finding_id, complaint_id) {
        finding_id -> Text,
        complaint_id -> Text,
    }
}

diesel::table! {
    violations (id) {
        id -> Text,
        finding_id -> Text,
        category -> Text,
        legal_basis -> Nullable<Text>,
        description -> Nullable<Text>,
        severity -> Text,
    }
}

diesel::table! {
    fee_violations (id) {
        id -> Text,
        finding_id -> Text,
        category -> Text,
        amount_per_worker_minor -> BigInt,
        currency -> Text,
        workers_affected -> BigInt,
        refund_ordered_minor -> BigInt,
    }
}

diesel::table! {
    sanctions (id) {
        id -> Text,
        finding_id -> Text,
        kind -> Text,
        amount_minor -> Nullable<BigInt>,
        currency -> Nullable<Text>,
        starts_on -> Nullable<Date>,
        ends_on -> Nullable<Date>,
        description -> Nullable<Text>,
    }
}

diesel::table! {
    refunds (id) {
        id -> Text,
        finding_id -> Text,
        fee_violation_id -> Text,
        amount_minor -> BigInt,
        currency -> Text,
        paid_on -> Date,
        workers -> Nullable<BigInt>,
        actor -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    finding_status_changes (id) {
        id -> Text,
        finding_id -> Text,
        from_status -> Nullable<Text>,
        status -> Text,
        note -> Nullable<Text>,
        actor -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::joinable!(findings -> organizations (organization_id));
diesel::joinable!(violations -> findings (finding_id));
diesel::joinable!(fee_violations -> findings (finding_id));
diesel::joinable!(sanctions -> findings (finding_id));
diesel::joinable!(refunds -> findings (finding_id));

diesel::table! {
    webhooks (id) {
        id -> Text,
        url -> Text,
        secret_sealed -> Text,
        countries -> Text,
        organization_ids -> Text,
        owner_token -> Text,
        state -> Text,
        cursor -> BigInt,
        attempts -> Integer,
        next_attempt_at -> Nullable<Timestamp>,
        failing_since -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        last_delivered_at -> Nullable<Timestamp>,
        disabled_reason -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    register_listings (id) {
        id -> Text,
        organization_id -> Text,
        authority -> Text,
        register_name -> Text,
        name_key -> Text,
        status -> Text,
        since -> Nullable<Text>,
        categories -> Text,
        branches -> Text,
        source_name -> Text,
        source_sha256 -> Text,
        source_date -> Date,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    import_reviews (id) {
        id -> Text,
        authority -> Text,
        name_key -> Text,
        candidate_id -> Text,
        rule -> Text,
        score -> Double,
        explanation -> Text,
        entry -> Text,
        source_name -> Text,
        source_sha256 -> Text,
        status -> Text,
        created_at -> Timestamp,
        decided_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(register_listings -> organizations (organization_id));

diesel::allow_tables_to_appear_in_same_query!(
    organizations,
    aliases,
    people,
    organization_people,
    licences,
    licence_status_changes,
    events,
    log_lock,
    api_tokens,
    complaints,
    complaint_countries,
    complaint_respondents,
    complaint_status_changes,
    findings,
    finding_complaints,
    violations,
    fee_violations,
    sanctions,
    refunds,
    finding_status_changes,
    webhooks,
    register_listings,
    import_reviews,
);
