// npm run import -- <venue-slug> <chart.xlsx|chart.csv> [--dry-run] [options]
// Replaces a venue's rooms with its capacity chart (scripts/lib/import-chart-command.ts).
import { importChartCommand } from './lib/import-chart-command.ts';

process.exitCode = await importChartCommand(process.argv.slice(2));
