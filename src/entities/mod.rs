//! sea-orm entities, one per table, in the shape `sea-orm-cli generate entity` writes.
//! Hand-written queries and rules live in the feature modules, not here.

pub mod account;
pub mod aggregate_counter;
pub mod answer;
pub mod api_token;
pub mod audit_log;
pub mod consultation;
pub mod consultation_finding;
pub mod consultation_transition;
pub mod document_file;
pub mod import_report;
pub mod instance_setting;
pub mod invitation;
pub mod live_answer;
pub mod live_question;
pub mod live_session;
pub mod meeting;
pub mod meeting_document;
pub mod membership;
pub mod password_reset;
pub mod publication_withdrawal;
pub mod published_snapshot;
pub mod quote;
pub mod receipt_pass;
pub mod recovery_code;
pub mod report_draft;
pub mod response;
pub mod safeguarding_action;
pub mod session;
pub mod sms_channel;
pub mod sms_conversation;
pub mod withdrawn_submission;
pub mod work_group;
