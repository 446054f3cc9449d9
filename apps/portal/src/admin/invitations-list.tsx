import { Badge } from 'design-react-kit';
import { useEffect, useState } from 'react';
import {
  AdminInvitationsDocument,
  AdminResendInvitationDocument,
  AdminRevokeInvitationDocument,
  type AdminInvitationsQuery,
  type InvitationStatus,
  type Role,
} from '../api/generated';
import { ApiError, networkError } from '../api/api-error';
import { execute } from '../api/graphql-client';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Pager } from '../ui/pager';
import { ProgressButton } from '../ui/progress-button';
import { useCursorPages } from '../ui/use-cursor-pages';
import { useReloadableQuery } from '../ui/use-reloadable-query';
import { DataTable } from '../ui/data-table';

type Invitation = AdminInvitationsQuery['invitations']['nodes'][number];

const PAGE_SIZE = 10;
const TONE: Record<InvitationStatus, string> = { PENDING: 'primary', ACCEPTED: 'success', REVOKED: 'secondary', EXPIRED: 'warning' };

interface InvitationsListProps {
  caption: string;
  role?: Role;
  status?: InvitationStatus;
  /** Bumped by the page after it sends an invitation, so that the list shows it. */
  version: number;
  districtName: (code: string) => string;
}

/** Invitations, newest first, with revoke and resend for those not used yet. */
export function InvitationsList({ caption, role, status, version, districtName }: InvitationsListProps) {
  const { t } = useI18n();
  const pages = useCursorPages();
  const { reset } = pages;
  const invitations = useReloadableQuery(AdminInvitationsDocument, { first: PAGE_SIZE, after: pages.after, role: role ?? null, status: status ?? null });
  const { reload } = invitations;
  const [acting, setActing] = useState<{ id: string; action: 'revoke' | 'resend' } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (version === 0) return;
    reset();
    reload();
  }, [version, reset, reload]);

  const act = async (invitation: Invitation, action: 'revoke' | 'resend') => {
    setActing({ id: invitation.id, action });
    setError(null);
    setDone(null);
    try {
      if (action === 'revoke') await execute(AdminRevokeInvitationDocument, { id: invitation.id });
      else await execute(AdminResendInvitationDocument, { id: invitation.id });
      setDone(t(action === 'revoke' ? 'admin.invitations.revoked' : 'admin.invitations.resent', { email: invitation.email }));
      reload();
    } catch (caught: unknown) {
      setError(caught instanceof ApiError ? caught : networkError());
    } finally {
      setActing(null);
    }
  };

  const scopeOf = (invitation: Invitation) =>
    invitation.company?.legalName ?? invitation.organisation?.name ?? (invitation.districtCode ? districtName(invitation.districtCode) : t('common.none'));
  const result = invitations.data?.invitations;
  return (
    <div aria-busy={invitations.loading}>
      <ErrorAlert error={invitations.error ?? error} />
      <div aria-live="polite">{done && <p className="alert alert-success">{done}</p>}</div>
      {invitations.loading && !result && <Loading />}
      {result && (
        <>
          <p className="fw-semibold" aria-live="polite">
            {result.totalCount === 1 ? t('admin.invitations.countOne') : t('admin.invitations.count', { count: formatNumber(result.totalCount) })}
          </p>
          {result.nodes.length > 0 && (
            <DataTable caption={caption} hiddenCaption striped
              columns={[t('admin.invitations.col.email'), t('admin.invitations.col.role'), t('admin.invitations.col.scope'), t('admin.invitations.col.status'), t('admin.invitations.col.sent'), t('admin.invitations.col.actions')]}>
              {result.nodes.map((invitation) => {
                const open = invitation.status === 'PENDING' || invitation.status === 'EXPIRED';
                return (
                  <tr key={invitation.id}>
                    <th scope="row">{invitation.email}</th>
                    <td>{t(`account.role.${invitation.role}`)}</td>
                    <td>{scopeOf(invitation)}</td>
                    <td>{invitation.status && <Badge color={TONE[invitation.status]}>{t(`admin.invitations.status.${invitation.status}`)}</Badge>}</td>
                    <td>
                      {formatDate(invitation.createdAt)}
                      {invitation.status === 'PENDING' && <div className="small">{t('admin.invitations.expires', { date: formatDate(invitation.expiresAt) })}</div>}
                    </td>
                    <td>
                      {open && (
                        <div className="d-flex flex-wrap gap-2">
                          <ProgressButton type="button" size="sm" outline pending={acting?.id === invitation.id && acting.action === 'resend'} disabled={acting !== null}
                            label={t('admin.invitations.resend')} pendingLabel={t('admin.invitations.resending')} onClick={() => void act(invitation, 'resend')} />
                          {invitation.status === 'PENDING' && (
                            <ProgressButton type="button" size="sm" color="danger" outline pending={acting?.id === invitation.id && acting.action === 'revoke'} disabled={acting !== null}
                              label={t('admin.invitations.revoke')} pendingLabel={t('admin.invitations.revoking')} onClick={() => void act(invitation, 'revoke')} />
                          )}
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </DataTable>
          )}
          <Pager pages={pages} pageInfo={result.pageInfo} disabled={invitations.loading} />
        </>
      )}
    </div>
  );
}
