import { downloadText, fileStamp } from '../../components/download.ts';
import { downloadableBackup, useAppStore, type StorageFault } from '../../store/index.ts';

/** What each storage fault means for the reviewer's work, in plain words. */
function explain(fault: StorageFault): string {
  switch (fault.kind) {
    case 'quota':
      return 'The browser’s storage is full, so your latest work is not saved. You can keep working: nothing is lost while this tab stays open. Download your work to keep a copy, or free space by deleting old reviews.';
    case 'unavailable':
      return 'This browser does not let Crosscheck save (storage is blocked or unavailable, e.g. in some private modes). Your work lives in this tab only: download it before closing.';
    case 'corrupt':
      return fault.backupKey
        ? `The saved work could not be read, so Crosscheck started afresh. The unreadable data is kept under "${fault.backupKey}" and is in the download.`
        : 'The saved work could not be read and could not be backed up, so Crosscheck will not overwrite it. Download it before going on.';
    case 'newer':
      return `The saved work was written by a newer version of Crosscheck (format ${fault.version}). It is kept untouched; this tab works in memory only. Download your work to keep it.`;
    case 'text-database':
      return 'This browser does not let Crosscheck use its database (IndexedDB), so article texts are saved beside your marks in the small storage, which holds about 5 MB in all: a large article may not be saved. Download your work to keep a copy.';
    case 'texts-missing':
      return `The saved work names ${fault.count === 1 ? 'an article text' : `${fault.count} article texts`} that the browser’s database (IndexedDB) did not give back, so Crosscheck did not open it and will not overwrite it. This tab works in memory only: reload to try again, and download your work to keep a copy.`;
  }
}

/** A banner that explains a storage fault and offers a download of everything saved and in memory. */
export function FaultBanner() {
  const fault = useAppStore((s) => s.fault);
  if (!fault) return null;
  return (
    <div className="banner" role="alert">
      <p>{explain(fault)}</p>
      <button
        type="button"
        onClick={() => downloadText(`crosscheck-backup-${fileStamp()}.json`, downloadableBackup())}
      >
        Download my work
      </button>
    </div>
  );
}
