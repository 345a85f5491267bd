//! `SeaORM` entity for the `sms_channel` table (generated shape; do not edit by hand).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Eq)]
#[sea_orm(table_name = "sms_channel")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub consultation_id: i32,
    #[sea_orm(unique)]
    pub keyword: String,
    #[sea_orm(column_type = "Text")]
    pub number_secret: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub twilio_token: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub rapidpro_send_url: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub rapidpro_token: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
