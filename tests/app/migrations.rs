//! Every migration runs up, down to zero and up again, on the test's database.
use migration::{Migrator, MigratorTrait};

use crate::helpers::fresh_database_url;

#[tokio::test]
async fn migrations_go_up_down_to_zero_and_up_again() {
    let dir = crate::helpers::ScratchDir::new("migrations");
    let url = fresh_database_url(&dir).await;
    let db = consulta::db::open(&url, 2).await.unwrap();
    let total = Migrator::migrations().len();
    Migrator::up(&db, None).await.unwrap();
    assert_eq!(
        Migrator::get_applied_migrations(&db).await.unwrap().len(),
        total
    );
    Migrator::down(&db, None).await.unwrap();
    assert_eq!(
        Migrator::get_applied_migrations(&db).await.unwrap().len(),
        0
    );
    Migrator::up(&db, None).await.unwrap();
    assert_eq!(
        Migrator::get_applied_migrations(&db).await.unwrap().len(),
        total
    );
}
