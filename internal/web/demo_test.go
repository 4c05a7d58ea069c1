package web

import (
	"context"
	"io"
	"testing"

	"talentbridge/internal/app"
	"talentbridge/internal/demo"
	"talentbridge/internal/model"
)

// loadDemo fills a with the demo organisations and n demo experts, through
// the importer as `talentbridge serve --demo` does.
func loadDemo(t testing.TB, a *app.App, n int) {
	t.Helper()
	ctx := context.Background()
	if err := a.LoadOrganizations(ctx, demo.New(1).Organizations()); err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	go func() {
		enc := app.NewInterchangeEncoder(pw)
		pw.CloseWithError(demo.New(1).Each(n, func(x model.Expert) error {
			x.Normalize()
			return enc.Encode(&x)
		}))
	}()
	rep, err := a.ImportExperts(ctx, pr, app.ImportOptions{})
	pr.Close()
	if err != nil {
		t.Fatal(err)
	}
	if rep.Created != n {
		t.Fatalf("demo: %d experts created, want %d", rep.Created, n)
	}
}
