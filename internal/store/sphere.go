package store

import (
	"context"
	"encoding/json"
	"fmt"

	"talentbridge/internal/model"
)

// AddSphere stores a sphere added at run time; model.ErrConflict if the slug
// exists. Validation against the taxonomy is the caller's job
// (model.Taxonomy.ValidateNewSphere).
func (tx *Tx) AddSphere(ctx context.Context, s model.Sphere) error {
	if s.Parent == "" && model.TopSphere(s.Slug) != s.Slug {
		s.Parent = model.TopSphere(s.Slug)
	}
	labels, err := CanonicalJSON(s.Labels)
	if err != nil {
		return err
	}
	n, err := tx.execRows(ctx, `INSERT INTO custom_spheres (slug, parent, labels, created_at) VALUES (?, ?, ?, ?)
ON CONFLICT (slug) DO NOTHING`, s.Slug, s.Parent, string(labels), now())
	if err != nil {
		return classify("add sphere", err)
	}
	if n == 0 {
		return fmt.Errorf("store: sphere %q: %w", s.Slug, model.ErrConflict)
	}
	return nil
}

// CustomSpheres returns the spheres added at run time, by slug.
func (db *DB) CustomSpheres(ctx context.Context) ([]model.Sphere, error) {
	rows, err := db.r.QueryContext(ctx, "SELECT slug, parent, labels FROM custom_spheres ORDER BY slug")
	if err != nil {
		return nil, classify("custom spheres", err)
	}
	defer rows.Close()
	var out []model.Sphere
	for rows.Next() {
		s := model.Sphere{Custom: true}
		var labels []byte
		if err := rows.Scan(&s.Slug, &s.Parent, &labels); err != nil {
			return nil, classify("custom spheres", err)
		}
		if err := json.Unmarshal(labels, &s.Labels); err != nil {
			return nil, fmt.Errorf("store: sphere %q labels: %w", s.Slug, err)
		}
		out = append(out, s)
	}
	return out, classify("custom spheres", rows.Err())
}
