"""after the deadline: decision letters and coaching-session invitations

Revision ID: 0010
Revises: 0007 (until the branches that add 0008 and 0009 are merged; then 0009)
"""

from alembic import op
import sqlalchemy as sa
import storage.types


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('decision_letters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('correction_of', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('recipient', sa.String(length=998), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('body_text', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('edited_by', sa.String(length=320), nullable=True),
    sa.Column('approved_by', sa.String(length=320), nullable=True),
    sa.Column('approved_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('outbox_id', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                            name=op.f('fk_decision_letters_application_id_applications')),
    sa.ForeignKeyConstraint(['correction_of'], ['decision_letters.id'],
                            name=op.f('fk_decision_letters_correction_of_decision_letters')),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox.id'], name=op.f('fk_decision_letters_outbox_id_outbox')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_letters'))
    )
    op.create_index('ix_decision_letters_application', 'decision_letters', ['application_id', 'state'], unique=False)
    op.create_table('session_invitations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('call_id', sa.String(length=100), nullable=False),
    sa.Column('session_id', sa.String(length=100), nullable=False),
    sa.Column('uid', sa.String(length=300), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('outbox_id', sa.Integer(), nullable=True),
    sa.Column('cancelled_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('invited_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                            name=op.f('fk_session_invitations_application_id_applications')),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox.id'], name=op.f('fk_session_invitations_outbox_id_outbox')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_invitations')),
    sa.UniqueConstraint('application_id', 'session_id', name='uq_session_invitations_project')
    )


def downgrade() -> None:
    op.drop_table('session_invitations')
    op.drop_index('ix_decision_letters_application', table_name='decision_letters')
    op.drop_table('decision_letters')
