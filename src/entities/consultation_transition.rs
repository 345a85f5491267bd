//! `SeaORM` entity for the `consultation_transition` table (generated shape; do not edit by hand).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "consultation_transition")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub consultation_id: i32,
    pub from_status: String,
    pub to_status: String,
    pub actor_account_id: Option<i32>,
    pub at: DateTimeUtc,
    /// Moved by the consultation's calendar (no adult behind it).
    pub by_schedule: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
