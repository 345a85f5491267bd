//! `SeaORM` entity for the `receipt_pass` table (generated shape; do not edit by hand).
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Eq, Serialize, Deserialize)]
#[sea_orm(table_name = "receipt_pass")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub pass: String,
    pub consultation_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
