export type StartMode = 'dev' | 'demo' | 'production';

export interface AppCommand {
  command: string;
  args: string[];
  /** Relative to the repo root. */
  cwd: string;
  env: Record<string, string | undefined>;
}

export function startMode(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): StartMode;

export function appCommands(
  mode: StartMode,
  options: { env: Readonly<Record<string, string | undefined>>; gatewayPort: string; portalPort: string },
): { gateway: AppCommand; portal: AppCommand };
