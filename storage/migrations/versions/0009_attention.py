"""attention: the coordinator's attention list

Revision ID: 0009
Revises: 0007 (until the branch that adds 0008 is merged; then 0008)
"""

from alembic import op
import sqlalchemy as sa
import storage.types


revision = '0009'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attention_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('message_pk', sa.Integer(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('resolved_action', sa.String(length=30), nullable=True),
    sa.Column('resolved_by', sa.String(length=320), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                            name=op.f('fk_attention_items_application_id_applications')),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_attention_items_message_pk_messages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attention_items')),
    sa.UniqueConstraint('key', name=op.f('uq_attention_items_key'))
    )
    op.create_index('ix_attention_items_state', 'attention_items', ['state', 'created_at'], unique=False)
    op.create_index(op.f('ix_attention_items_application_id'), 'attention_items', ['application_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_attention_items_application_id'), table_name='attention_items')
    op.drop_index('ix_attention_items_state', table_name='attention_items')
    op.drop_table('attention_items')
