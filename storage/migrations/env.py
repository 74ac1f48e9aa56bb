"""Alembic environment: runs on the connection intake hands over, or on the configured URL."""

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.schema import SchemaItem

from config.errors import StorageError
from storage.all_models import metadata

config = context.config
target_metadata = metadata


def include_object(obj: SchemaItem, name: str | None, type_: str, reflected: bool,
                   compare_to: SchemaItem | None) -> bool:
    # APScheduler's job store keeps its own table in our database; it is not ours to migrate
    return not (type_ == "table" and name == "apscheduler_jobs")


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise StorageError("the migrations were started without a database URL")
    return url


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite", include_object=include_object)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(_url())
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite", include_object=include_object)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations()
