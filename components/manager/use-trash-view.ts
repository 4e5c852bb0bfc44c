/** Recently deleted's side of the manager: which reading of the trash list is current. */
import { useCallback, useState } from 'preact/hooks';

/** The trash list's version, and `refresh` to bump it after each delete or Undo so the list is read again. */
export function useTrashView() {
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((n) => n + 1), []);
  return { version, refresh };
}
