//! `SeaORM` entity for the `response` table (generated shape; do not edit by hand).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "response")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub consultation_id: i32,
    pub submission_id: String,
    pub content_hash: String,
    #[sea_orm(unique)]
    pub receipt_hash: String,
    pub language: String,
    pub age_band: Option<String>,
    pub country: Option<String>,
    pub gender: Option<String>,
    pub phase: String,
    pub submitted_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
