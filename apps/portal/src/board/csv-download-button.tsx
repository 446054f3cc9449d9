import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { ProgressButton } from '../ui/progress-button';
import { useAction } from '../ui/use-action';
import { downloadTextFile } from './download-file';

/** Asks the API for the CSV of what the page shows (same scope, same suppression) and saves it as a file. */
export function CsvDownloadButton({ fileName, load }: { fileName: string; load: () => Promise<string> }) {
  const { t } = useI18n();
  const download = useCallback(async () => {
    downloadTextFile(fileName, await load());
    return true;
  }, [fileName, load]);
  const action = useAction(download);
  return (
    <div className="my-3">
      <ErrorAlert error={action.error} />
      <ProgressButton type="button" outline pending={action.pending} label={t('board.csv.download')} pendingLabel={t('board.csv.preparing')} onClick={() => void action.run()} />
    </div>
  );
}
