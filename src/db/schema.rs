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
);
