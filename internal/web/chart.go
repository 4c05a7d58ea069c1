package web

import (
	"bytes"
	"html"
	"net/http"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// chartCSP replaces the site's policy for the chart alone: the charting
// library writes style attributes, which 'self' forbids. The chart is shown
// through <img>, where it can run nothing and load nothing, so allowing
// inline style inside this one image costs nothing.
const chartCSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"

// The chart's geometry in pixels: its width follows the number of bars,
// leaving each sphere's label room to wrap under its bar.
const (
	chartHeight = 460
	barWidth    = 80
	barSpacing  = 30
	padding     = 8
)

func chartWidth(bars int) int { return bars*(barWidth+barSpacing) + 2*padding }

// cityColors are the chart's colours per city (model.Cities order), each
// with at least 4.5:1 contrast against white labels and the page.
func cityColors() []drawing.Color {
	return []drawing.Color{
		drawing.ColorFromHex("b3261e"), // Moscow: red
		drawing.ColorFromHex("1a5fb4"), // Beijing: blue
		drawing.ColorFromHex("5e5c64"), // other: grey
	}
}

// dashboardChart serves GET /dashboard/chart.svg: the dashboard's counts as
// a stacked bar chart, one bar per sphere, one colour per city.
func (h *handler) dashboardChart(w http.ResponseWriter, r *http.Request, rq *request) error {
	data, err := h.dashboardData(r, rq)
	if err != nil {
		return err
	}
	tax, err := h.app.Taxonomy(r.Context())
	if err != nil {
		return err
	}
	pr := newPrinter(rq.lang)
	svg, err := renderChart(data,
		func(slug string) string { return tax.Label(slug, rq.lang) },
		func(n int) string { return pr.Sprintf("%d", n) })
	if err != nil {
		return err
	}
	hdr := w.Header()
	hdr.Set("Content-Type", "image/svg+xml")
	hdr.Set("Content-Security-Policy", chartCSP)
	hdr.Set("Cache-Control", "private, no-cache")
	hdr.Set("Vary", "Cookie, Accept-Language")
	_, err = w.Write(svg)
	return err
}

// renderChart draws the chart. The library draws each bar as shares of its
// own total; a transparent top segment filling every bar up to the largest
// total turns the shares back into counts on one scale.
func renderChart(data dashboardData, label func(slug string) string, num func(int) string) ([]byte, error) {
	colors := cityColors()
	font, err := chartFont() // not the library's shared default: see chartFont
	if err != nil {
		return nil, err
	}
	c := chart.StackedBarChart{
		Width: chartWidth(len(data.Rows)), Height: chartHeight, BarSpacing: barSpacing, Font: font,
		Background: chart.Style{Padding: chart.Box{Top: 16, Left: padding, Right: padding, Bottom: padding}},
		XAxis:      chart.Style{FontSize: 9, FontColor: drawing.ColorFromHex("1f1f1f")},
		YAxis:      chart.Style{Hidden: true}, // its ticks would read as percentages
	}
	top := max(data.Max, 1)
	for _, row := range data.Rows {
		bar := chart.StackedBar{Name: html.EscapeString(label(row.Slug)), Width: barWidth}
		// Drawn from the top down: the filler first, then the cities in reverse,
		// so that Moscow sits on the axis.
		bar.Values = append(bar.Values, chart.Value{Value: float64(top-row.Total) + 1e-9,
			Style: chart.Style{FillColor: drawing.ColorTransparent, StrokeColor: drawing.ColorTransparent}})
		for i := len(row.ByCity) - 1; i >= 0; i-- {
			v := chart.Value{Value: float64(row.ByCity[i]) + 1e-9,
				Style: chart.Style{FillColor: colors[i], StrokeColor: drawing.ColorWhite, StrokeWidth: 1,
					FontColor: drawing.ColorWhite, FontSize: 8}}
			// Only segments tall enough for a number carry one.
			if row.ByCity[i]*12 >= top {
				v.Label = num(row.ByCity[i])
			}
			bar.Values = append(bar.Values, v)
		}
		c.Bars = append(c.Bars, bar)
	}
	var buf bytes.Buffer
	if err := c.Render(chart.SVG, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
