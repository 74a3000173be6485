// Which of the app's dialogs is open. Shared so a button, a keyboard shortcut and the dialog itself
// all talk about the same state.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type AppDialog = 'settings' | 'shortcuts' | null;

interface AppCommands {
  openDialog: AppDialog;
  setOpenDialog: (dialog: AppDialog) => void;
}

const AppCommandsContext = createContext<AppCommands>({ openDialog: null, setOpenDialog: () => {} });

export function useAppCommands(): AppCommands {
  return useContext(AppCommandsContext);
}

export function AppCommandsProvider({ children }: { children: ReactNode }) {
  const [openDialog, setOpenDialog] = useState<AppDialog>(null);
  const value = useMemo(() => ({ openDialog, setOpenDialog }), [openDialog]);
  return <AppCommandsContext.Provider value={value}>{children}</AppCommandsContext.Provider>;
}
