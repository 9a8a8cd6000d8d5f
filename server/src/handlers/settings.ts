/**
 * Settings: read through `workspace/configuration` (section `promptgov`) after `initialized` and again on
 * every `workspace/didChangeConfiguration`; clients that cannot answer configuration requests send them in
 * the notification itself or in `initializationOptions.settings`. A change that matters re-checks every
 * open document.
 */
import { DidChangeConfigurationNotification, type DidChangeConfigurationParams } from 'vscode-languageserver';
import { Settings } from '../settings';
import type { ServerState } from '../state';
import type { Diagnostics } from './diagnostics';

export class SettingsHandler {
  constructor(
    private readonly state: ServerState,
    private readonly diagnostics: Diagnostics,
  ) {}

  register(): void {
    this.state.connection.onDidChangeConfiguration(this.state.guard('didChangeConfiguration', undefined, (params: DidChangeConfigurationParams) => this.changed(params)));
  }

  /** After `initialized`: subscribe to changes and read the settings once. */
  async initialized(): Promise<void> {
    const { state } = this;
    if (state.init.settings) this.apply(state.init.settings);
    if (state.features.configurationDynamic) {
      await state.connection.client.register(DidChangeConfigurationNotification.type, { section: 'promptgov' }).catch(() => undefined);
    }
    await this.reload();
  }

  private async changed(params: DidChangeConfigurationParams): Promise<void> {
    if (this.state.features.configuration) await this.reload();
    else if (params && params.settings !== null && typeof params.settings === 'object') this.apply(Settings.from(params.settings));
  }

  private async reload(): Promise<void> {
    if (!this.state.features.configuration) return;
    try {
      const [section] = await this.state.connection.workspace.getConfiguration([{ section: 'promptgov' }]);
      // A client that knows nothing of promptgov answers null: keep what we have.
      if (section !== null && section !== undefined) this.apply(Settings.from(section));
    } catch (error) {
      this.state.log('warn', `Could not read the promptgov settings: ${String(error)}`);
    }
  }

  apply(next: Settings): void {
    const { state } = this;
    if (Settings.equal(state.settings, next)) return;
    const before = state.settings;
    state.settings = next;
    state.settingsGeneration++;
    state.policies.reconfigure();
    if (before.baseRef !== next.baseRef) state.baseTexts.forget();
    state.log('info', `promptgov settings: ${JSON.stringify(next)}`);
    this.diagnostics.recheckAll();
  }
}
