//! `SeaORM` entity for the `answer` table (generated shape; do not edit by hand).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "answer")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub response_id: i32,
    pub consultation_id: i32,
    pub question_key: String,
    pub option_code: Option<String>,
    pub position: Option<i32>,
    pub number_value: Option<f64>,
    #[sea_orm(column_type = "Text")]
    pub text_value: Option<String>,
    pub moderation_status: Option<String>,
    pub flags: Option<String>,
    pub safeguarding_status: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
