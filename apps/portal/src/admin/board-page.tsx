import { Badge, Input } from 'design-react-kit';
import { useCallback, useState, type FormEvent } from 'react';
import { AdminAddCompanyToBoardDocument, AdminBoardDocument, AdminInviteUserDocument, AdminRemoveCompanyFromBoardDocument } from '../api/generated';
import { ApiError, networkError } from '../api/api-error';
import { execute } from '../api/graphql-client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { apiFieldMessage } from '../ui/api-field-message';
import { ErrorAlert } from '../ui/error-alert';
import { fieldState } from '../ui/field-state';
import { LabelledSelect } from '../ui/labelled-select';
import { Loading } from '../ui/loading';
import { ProgressButton } from '../ui/progress-button';
import { useAction } from '../ui/use-action';
import { useReloadableQuery } from '../ui/use-reloadable-query';
import { CompanyPicker } from './company-picker';
import { InvitationsList } from './invitations-list';
import { useDistricts } from './use-districts';
import { DataTable } from '../ui/data-table';

/** The Protocol's board: who sits on it, whether each is in the Albo, and its members' invitations. */
export function BoardPage() {
  const { t, language } = useI18n();
  const board = useReloadableQuery(AdminBoardDocument, {});
  const districts = useDistricts();
  const [message, setMessage] = useState<string | null>(null);
  const [invitationsVersion, setInvitationsVersion] = useState(0);

  const [companyId, setCompanyId] = useState('');
  const [since, setSince] = useState('');
  const add = useAction(useCallback(() => execute(AdminAddCompanyToBoardDocument, { input: { companyId, ...(since ? { since } : {}) } }), [companyId, since]));

  const [memberCompanyId, setMemberCompanyId] = useState('');
  const [memberEmail, setMemberEmail] = useState('');
  const invite = useAction(
    useCallback(() => execute(AdminInviteUserDocument, { input: { email: memberEmail.trim(), role: 'BOARD_MEMBER', companyId: memberCompanyId } }), [memberEmail, memberCompanyId]),
  );

  const [removing, setRemoving] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<ApiError | null>(null);

  const seats = board.data?.board.seats ?? [];
  const suggestions = (board.data?.board.admittedNotOnBoard ?? []).map((company) => ({ value: company.id, label: company.legalName }));
  const nameOf = (id: string) => seats.find((seat) => seat.company.id === id)?.company.legalName ?? suggestions.find((option) => option.value === id)?.label ?? '';

  const submitAdd = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const name = nameOf(companyId);
    if (!(await add.run())) return;
    setMessage(t('admin.board.added', { company: name }));
    setCompanyId('');
    setSince('');
    board.reload();
  };
  const submitInvite = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const sent = await invite.run();
    if (!sent) return;
    setMessage(t('admin.invitations.sent', { email: sent.inviteUser.email, date: formatDate(sent.inviteUser.expiresAt) }));
    setMemberEmail('');
    setInvitationsVersion((value) => value + 1);
  };
  const remove = async (id: string, name: string) => {
    setRemoving(id);
    setRemoveError(null);
    setMessage(null);
    try {
      await execute(AdminRemoveCompanyFromBoardDocument, { input: { companyId: id } });
      setMessage(t('admin.board.removed', { company: name }));
      board.reload();
    } catch (caught: unknown) {
      setRemoveError(caught instanceof ApiError ? caught : networkError());
    } finally {
      setRemoving(null);
    }
  };

  return (
    <section aria-labelledby="board-title">
      <h1 id="board-title">{t('admin.board.title')}</h1>
      <p className="lead">{t('admin.board.intro')}</p>
      <div aria-live="polite">{message && <p className="alert alert-success">{message}</p>}</div>

      <h2 className="h3 mt-5">{t('admin.board.seats')}</h2>
      <ErrorAlert error={board.error ?? removeError} />
      {board.loading && !board.data && <Loading />}
      {board.data && seats.length === 0 && <p>{t('admin.board.empty')}</p>}
      {seats.length > 0 && (
        <DataTable caption={t('admin.board.seatsCaption')} hiddenCaption striped busy={board.loading}
          columns={[t('admin.board.col.company'), t('admin.board.col.since'), t('admin.board.col.albo'), t('admin.board.col.actions')]}>
          {seats.map((seat) => (
            <tr key={seat.membership.id}>
              <th scope="row">{seat.company.legalName}</th>
              <td>{formatDate(seat.membership.since)}</td>
              <td>
                {seat.inAlbo ? (
                  <Badge color="success">{t('admin.board.inAlbo')}</Badge>
                ) : (
                  <Badge color="danger">{seat.alboStatus ? t('admin.board.notInAlboStatus', { status: t(`admin.albo.status.${seat.alboStatus}`) }) : t('admin.board.notInAlbo')}</Badge>
                )}
              </td>
              <td>
                <ProgressButton type="button" size="sm" color="danger" outline pending={removing === seat.company.id} disabled={removing !== null}
                  label={t('admin.board.remove')} pendingLabel={t('admin.board.removing')} onClick={() => void remove(seat.company.id, seat.company.legalName)} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}

      <div className="row mt-5">
        <form onSubmit={submitAdd} noValidate className="col-12 col-lg-6" aria-labelledby="board-add-title">
          <h2 id="board-add-title" className="h4">{t('admin.board.addTitle')}</h2>
          <p className="small">{t('admin.board.addHint')}</p>
          <ErrorAlert error={add.error} />
          <CompanyPicker id="board-company" label={t('admin.board.company')} value={companyId} onChange={setCompanyId} suggestions={suggestions}
            invalid={apiFieldMessage(add.error, 'input.companyId', language)} />
          <Input id="board-since" type="date" label={t('admin.board.since')} infoText={t('admin.board.sinceHint')} value={since} onChange={(event) => setSince(event.target.value)}
            {...fieldState(apiFieldMessage(add.error, 'input.since', language))} />
          <ProgressButton pending={add.pending} label={t('admin.board.add')} pendingLabel={t('admin.board.adding')} />
        </form>
        <form onSubmit={submitInvite} noValidate className="col-12 col-lg-6" aria-labelledby="board-invite-title">
          <h2 id="board-invite-title" className="h4">{t('admin.board.inviteTitle')}</h2>
          <p className="small">{t('admin.board.inviteHint')}</p>
          <ErrorAlert error={invite.error} />
          <LabelledSelect id="board-member-company" label={t('admin.board.memberCompany')} emptyLabel={t('admin.company.none')} value={memberCompanyId} required
            options={seats.map((seat) => ({ value: seat.company.id, label: seat.company.legalName }))} onChange={setMemberCompanyId}
            invalid={apiFieldMessage(invite.error, 'input.companyId', language)} />
          <Input id="board-member-email" type="email" label={t('admin.invite.email')} autoComplete="off" value={memberEmail} maxLength={254} required
            onChange={(event) => setMemberEmail(event.target.value)} {...fieldState(apiFieldMessage(invite.error, 'input.email', language))} />
          <ProgressButton pending={invite.pending} label={t('admin.invite.send')} pendingLabel={t('admin.invite.sending')} />
        </form>
      </div>

      <h2 className="h3 mt-5">{t('admin.board.members')}</h2>
      <InvitationsList caption={t('admin.board.membersCaption')} role="BOARD_MEMBER" version={invitationsVersion} districtName={districts.nameOf} />
    </section>
  );
}
