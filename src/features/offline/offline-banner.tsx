import { useOnline } from './use-online.ts';

/**
 * Says so while the browser is offline: the workbench keeps working, and the work stays saved here.
 * The live region is always there, so that screen readers announce the message when it appears.
 */
export function OfflineBanner() {
  const online = useOnline();
  return (
    <div role="status" aria-label="Connection" className="offline-status">
      {!online && (
        <p className="banner banner-quiet">
          You are offline. Crosscheck keeps working from this browser’s copy, and everything you do
          is saved here as usual.
        </p>
      )}
    </div>
  );
}
