"""brainstorm visits: one booking per inquiry

Revision ID: 0011
Revises: 0010
"""

from alembic import op
import sqlalchemy as sa
import storage.types


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('brainstorm_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('call_id', sa.String(length=100), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('requester', sa.String(length=320), nullable=False),
    sa.Column('requester_name', sa.String(length=300), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('day', sa.Date(), nullable=True),
    sa.Column('start', sa.Time(), nullable=True),
    sa.Column('end', sa.Time(), nullable=True),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('uid', sa.String(length=300), nullable=True),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('outbox_id', sa.Integer(), nullable=True),
    sa.Column('requested_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_brainstorm_requests_message_pk_messages')),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox.id'], name=op.f('fk_brainstorm_requests_outbox_id_outbox')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_brainstorm_requests')),
    sa.UniqueConstraint('message_pk', name=op.f('uq_brainstorm_requests_message_pk'))
    )
    op.create_index(op.f('ix_brainstorm_requests_requester'), 'brainstorm_requests', ['requester'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_brainstorm_requests_requester'), table_name='brainstorm_requests')
    op.drop_table('brainstorm_requests')
