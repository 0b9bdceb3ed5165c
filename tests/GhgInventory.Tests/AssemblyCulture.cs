// Library-level tests read messages in English (the resources' neutral language) whatever the machine's culture;
// CLI tests choose the language per invocation, and tests of Chinese text set it themselves.
[assembly: SetUICulture("en")]
