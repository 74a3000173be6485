// Which of the app's dialogs is open. Shared so a button, a keyboard shortcut and the dialog itself
// all talk about the same state.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type AppDialog = 'settings' | 'shortcuts' | null;

interface AppCommands {
  openDialog: AppDialog;
  setOpenDialog: (dialog: AppDialog) => void;
  /**
   * Counts the times a dialog was asked for. A non-modal panel stays open while the reader is in the
   * page; asked for again (its button, its shortcut), it takes focus back rather than staying put.
   */
  asked: number;
}

const AppCommandsContext = createContext<AppCommands>({
  openDialog: null,
  setOpenDialog: () => {},
  asked: 0,
});

export function useAppCommands(): AppCommands {
  return useContext(AppCommandsContext);
}

export function AppCommandsProvider({ children }: { children: ReactNode }) {
  const [{ openDialog, asked }, setState] = useState<{ openDialog: AppDialog; asked: number }>({
    openDialog: null,
    asked: 0,
  });
  const setOpenDialog = useCallback(
    (dialog: AppDialog) =>
      setState((state) => ({ openDialog: dialog, asked: dialog === null ? state.asked : state.asked + 1 })),
    [],
  );
  const value = useMemo(() => ({ openDialog, setOpenDialog, asked }), [openDialog, setOpenDialog, asked]);
  return <AppCommandsContext.Provider value={value}>{children}</AppCommandsContext.Provider>;
}
