package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

//go:embed static
var staticFS embed.FS

// assets are the embedded static files under names that carry a hash of
// their content ("app.3f2a1b9c.css"): a changed file gets a new name, so
// browsers may keep every version forever.
type assets struct {
	byHashed map[string]asset // "app.3f2a1b9c.css" → file
	hashed   map[string]string
}

type asset struct {
	body        []byte
	contentType string
}

func newAssets() *assets {
	a := &assets{byHashed: map[string]asset{}, hashed: map[string]string{}}
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, "static/")
		sum := sha256.Sum256(body)
		ext := path.Ext(name)
		h := strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:5]) + ext
		a.hashed[name] = h
		a.byHashed[h] = asset{body: body, contentType: mime.TypeByExtension(ext)}
		return nil
	})
	if err != nil {
		panic("web: embedded static files: " + err.Error()) // a build defect, not a run-time condition
	}
	return a
}

// URL returns the address of a static file by its plain name.
func (a *assets) URL(name string) string {
	h, ok := a.hashed[name]
	if !ok {
		panic("web: no static file " + name) // caught by every page test
	}
	return "/static/" + h
}

// serve answers GET /static/{file}.
func (a *assets) serve(w http.ResponseWriter, r *http.Request) {
	f, ok := a.byHashed[r.PathValue("file")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", f.contentType)
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	_, _ = w.Write(f.body)
}
