import { useCallback, useEffect, useState } from "react";

/**
 * The workbench's own light or dark look (ui.css), remembered in this browser. Not the chat's
 * theme: that one is LINE's ("Chat theme" in the header) and changes only the chat.
 */
export type AppTheme = "light" | "dark";

export const APP_THEME_KEY = "flexkit.app-theme";

export function storedAppTheme(): AppTheme {
  try {
    const stored = localStorage.getItem(APP_THEME_KEY);
    if (stored === "light" || stored === "dark") return stored;
  } catch {
    // Storage refused (a private window's policy): the system's choice, as with nothing stored.
  }
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** The app theme, set on <html data-app-theme> and kept for the next visit. */
export function useAppTheme(): [AppTheme, (theme: AppTheme) => void] {
  const [theme, setTheme] = useState(storedAppTheme);
  useEffect(() => {
    document.documentElement.dataset.appTheme = theme;
  }, [theme]);
  const choose = useCallback((next: AppTheme) => {
    setTheme(next);
    try {
      localStorage.setItem(APP_THEME_KEY, next);
    } catch {
      // Not kept: the page still switches.
    }
  }, []);
  return [theme, choose];
}
