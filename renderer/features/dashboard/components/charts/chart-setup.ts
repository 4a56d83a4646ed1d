/**
 * The Chart.js parts the dashboard draws with, registered once. Only these are bundled (Chart.js tree-shakes
 * what is not registered), and only in the lazily loaded chart chunk, never in the first screen's bundle.
 */
import {
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'

// LineController also serves the on-time-rate line drawn over the request bars; vue-chartjs registers the
// controller of the chart type it renders (BarController for <Bar>, LineController for <Line>).
Chart.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, LineController, Tooltip, Legend)
