//! API tokens: created at the command line, stored only as a SHA-256 hash.

use diesel::prelude::*;
use rand::RngCore;
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::db::rows::TokenRow;
use crate::db::schema::api_tokens;
use crate::db::{write_transaction, AnyConnection};
use crate::domain::country::parse_country;
use crate::domain::role::{Actor, Role};
use crate::domain::text::{self, MAX_NAME_CHARS};
use crate::domain::validation::Violations;
use crate::error::Error;
use crate::events::{self, NewEvent};

/// Every token starts with this, so a leaked one is easy to recognise in a scan.
const PREFIX: &str = "frt_";

/// A token as listed: never its secret.
#[derive(Debug, Clone, Serialize)]
pub struct TokenInfo {
    pub id: String,
    pub name: String,
    pub role: Role,
    pub jurisdictions: Vec<String>,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

fn info(row: TokenRow) -> Result<TokenInfo, Error> {
    Ok(TokenInfo {
        role: Role::parse(&row.role).ok_or_else(|| Error::Internal("bad token role".into()))?,
        jurisdictions: split_codes(&row.jurisdictions),
        id: row.id,
        name: row.name,
        created_at: events::chain::format_time(row.created_at),
        revoked_at: row.revoked_at.map(events::chain::format_time),
    })
}

fn split_codes(joined: &str) -> Vec<String> {
    joined
        .split(',')
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

/// Creates a token and returns it with its secret, which is shown this once.
pub fn create_token(
    conn: &mut AnyConnection,
    actor: &Actor,
    role: Role,
    jurisdictions: &[String],
    name: &str,
) -> Result<(TokenInfo, String), Error> {
    let mut v = Violations::new();
    let name = text::required(&mut v, "name", name, MAX_NAME_CHARS);
    let mut codes = Vec::new();
    for code in jurisdictions
        .iter()
        .flat_map(|j| j.split(','))
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        match parse_country(code) {
            Some(c) if !codes.contains(&c) => codes.push(c),
            Some(_) => {}
            None => v.add(
                "jurisdiction",
                format!("{code} is not an ISO 3166-1 alpha-2 country code"),
            ),
        }
    }
    match role {
        Role::Inspector if codes.is_empty() => v.add(
            "jurisdiction",
            "an inspector token needs at least one jurisdiction",
        ),
        Role::Consulate if codes.len() != 1 => v.add(
            "jurisdiction",
            "a consulate token needs exactly one country, the one it represents",
        ),
        Role::Admin if !codes.is_empty() => {
            v.add("jurisdiction", "an admin token has no jurisdiction")
        }
        _ => {}
    }
    v.finish().map_err(Error::Validation)?;

    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let secret = format!("{PREFIX}{}", hex::encode(bytes));
    let row = TokenRow {
        id: Uuid::now_v7().to_string(),
        name: name.unwrap_or_default(),
        role: role.as_str().into(),
        jurisdictions: codes.join(","),
        token_hash: hash_secret(&secret),
        created_at: events::log::now(),
        revoked_at: None,
    };
    let created = info(row.clone())?;
    write_transaction(conn, |conn| {
        diesel::insert_into(api_tokens::table)
            .values(&row)
            .execute(conn)?;
        events::append(
            conn,
            actor,
            NewEvent {
                action: "token.created",
                entity_type: "token",
                entity_id: &row.id,
                data: &created,
            },
        )?;
        Ok(())
    })?;
    Ok((created, secret))
}

pub fn list_tokens(conn: &mut AnyConnection) -> Result<Vec<TokenInfo>, Error> {
    api_tokens::table
        .order(api_tokens::id.asc())
        .select(TokenRow::as_select())
        .load(conn)?
        .into_iter()
        .map(info)
        .collect()
}

/// Revokes a token by id; it stops working at once.
pub fn revoke_token(conn: &mut AnyConnection, actor: &Actor, id: &str) -> Result<TokenInfo, Error> {
    write_transaction(conn, |conn| {
        let row: TokenRow = api_tokens::table
            .filter(api_tokens::id.eq(id))
            .select(TokenRow::as_select())
            .first(conn)
            .optional()?
            .ok_or(Error::NotFound("token"))?;
        if row.revoked_at.is_some() {
            return Err(Error::Conflict(format!("token {id} is already revoked")));
        }
        let now = events::log::now();
        diesel::update(api_tokens::table.filter(api_tokens::id.eq(id)))
            .set(api_tokens::revoked_at.eq(Some(now)))
            .execute(conn)?;
        let revoked = info(TokenRow {
            revoked_at: Some(now),
            ..row
        })?;
        events::append(
            conn,
            actor,
            NewEvent {
                action: "token.revoked",
                entity_type: "token",
                entity_id: id,
                data: &revoked,
            },
        )?;
        Ok(revoked)
    })
}

/// The actor a bearer secret stands for, or `Unauthorized` when it is unknown or revoked.
pub fn authenticate(conn: &mut AnyConnection, secret: &str) -> Result<Actor, Error> {
    if !secret.starts_with(PREFIX) {
        return Err(Error::Unauthorized("the bearer token is not valid"));
    }
    let row: TokenRow = api_tokens::table
        .filter(api_tokens::token_hash.eq(hash_secret(secret)))
        .select(TokenRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(Error::Unauthorized("the bearer token is not valid"))?;
    if row.revoked_at.is_some() {
        return Err(Error::Unauthorized("the bearer token has been revoked"));
    }
    let role = Role::parse(&row.role).ok_or_else(|| Error::Internal("bad token role".into()))?;
    Ok(Actor {
        role: Some(role),
        jurisdictions: split_codes(&row.jurisdictions),
        id: row.id,
        name: row.name,
    })
}
