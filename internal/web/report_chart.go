package web

import (
	"bytes"
	"math"
	"strconv"

	"github.com/golang/freetype/truetype"
	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"github.com/wcharczuk/go-chart/v2/roboto"

	"talentbridge/internal/app"
)

// reportColors are the colours of a report chart's rows, in row order
// (cycled beyond ten); programme.css gives the legend's swatches the same
// ones as classes swatch-c0 … swatch-c9.
var reportColors = []string{
	"1a5fb4", "b3261e", "26a269", "c64600", "613583",
	"1c71d8", "865e3c", "e01b24", "3d3846", "0b7a75",
}

func reportColor(i int) drawing.Color { return drawing.ColorFromHex(reportColors[i%len(reportColors)]) }

// chartFont is the charts' typeface, parsed for each chart (a few
// microseconds): the library's shared default font is set up without
// synchronisation, and the reports page asks for its charts all at once.
func chartFont() (*truetype.Font, error) { return truetype.Parse(roboto.Roboto) }

// reportChartSize is a chart's size in pixels: bars get room per year.
func reportChartSize(years int, line bool) (int, int) {
	if line {
		return max(480, min(960, 120*years)), 320
	}
	return max(320, years*(barWidth+barSpacing)+2*padding), 360
}

// renderLineChart draws each row of a table as a line over the years.
func renderLineChart(t *app.ReportTable, years []int, num func(int) string) ([]byte, error) {
	w, h := reportChartSize(len(years), true)
	font, err := chartFont()
	if err != nil {
		return nil, err
	}
	top := 1
	for _, r := range t.Cells {
		for _, v := range r {
			top = max(top, v)
		}
	}
	var ticks []chart.Tick
	xs := make([]float64, len(years))
	for i, y := range years {
		xs[i] = float64(y)
		ticks = append(ticks, chart.Tick{Value: float64(y), Label: strconv.Itoa(y)})
	}
	c := chart.Chart{
		Width: w, Height: h, Font: font,
		Background: chart.Style{Padding: chart.Box{Top: 16, Left: 16, Right: 24, Bottom: 8}},
		XAxis: chart.XAxis{Ticks: ticks, Style: chart.Style{FontSize: 9},
			Range: &chart.ContinuousRange{Min: xs[0] - 0.5, Max: xs[len(xs)-1] + 0.5}},
		YAxis: chart.YAxis{Style: chart.Style{FontSize: 9}, Range: &chart.ContinuousRange{Min: 0, Max: niceTop(top)},
			Ticks: yTicks(top, num)},
	}
	for i, row := range t.Cells {
		ys := make([]float64, len(row))
		for j, v := range row {
			ys[j] = float64(v)
		}
		x := xs
		if len(x) == 1 { // a line needs two points: hold the one year's figure across it
			x, ys = []float64{xs[0] - 0.25, xs[0] + 0.25}, []float64{ys[0], ys[0]}
		}
		c.Series = append(c.Series, chart.ContinuousSeries{XValues: x, YValues: ys,
			Style: chart.Style{StrokeColor: reportColor(i), StrokeWidth: 2.5, DotColor: reportColor(i), DotWidth: 3}})
	}
	var buf bytes.Buffer
	if err := c.Render(chart.SVG, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// renderStackChart draws a bar per year made of the rows' counts. As on
// the dashboard, a transparent segment tops every bar up to the tallest,
// so that the library's shares become counts on one scale.
func renderStackChart(t *app.ReportTable, years []int, num func(int) string) ([]byte, error) {
	w, h := reportChartSize(len(years), false)
	font, err := chartFont()
	if err != nil {
		return nil, err
	}
	totals := make([]int, len(years))
	top := 1
	for j := range years {
		for _, r := range t.Cells {
			totals[j] += r[j]
		}
		top = max(top, totals[j])
	}
	c := chart.StackedBarChart{
		Width: w, Height: h, BarSpacing: barSpacing, Font: font,
		Background: chart.Style{Padding: chart.Box{Top: 16, Left: padding, Right: padding, Bottom: padding}},
		XAxis:      chart.Style{FontSize: 10, FontColor: drawing.ColorFromHex("1f1f1f")},
		YAxis:      chart.Style{Hidden: true},
	}
	for j, y := range years {
		bar := chart.StackedBar{Name: strconv.Itoa(y), Width: barWidth}
		bar.Values = append(bar.Values, chart.Value{Value: float64(top-totals[j]) + 1e-9,
			Style: chart.Style{FillColor: drawing.ColorTransparent, StrokeColor: drawing.ColorTransparent}})
		for i := len(t.Cells) - 1; i >= 0; i-- {
			n := t.Cells[i][j]
			v := chart.Value{Value: float64(n) + 1e-9,
				Style: chart.Style{FillColor: reportColor(i), StrokeColor: drawing.ColorWhite, StrokeWidth: 1,
					FontColor: drawing.ColorWhite, FontSize: 8}}
			if n > 0 && n*14 >= top {
				v.Label = num(n)
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

// niceTop rounds a chart's top up to one, two or five times a power of ten.
func niceTop(v int) float64 {
	p := math.Pow(10, math.Floor(math.Log10(float64(v))))
	for _, m := range []float64{1, 2, 5, 10} {
		if float64(v) <= m*p {
			return m * p
		}
	}
	return 10 * p
}

// yTicks puts five or so round steps up the axis, labelled for the locale.
func yTicks(top int, num func(int) string) []chart.Tick {
	end := int(niceTop(top))
	step := max(1, end/5)
	var out []chart.Tick
	for v := 0; v <= end; v += step {
		out = append(out, chart.Tick{Value: float64(v), Label: num(v)})
	}
	return out
}
