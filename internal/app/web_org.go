package app

import (
	"context"

	"talentbridge/internal/model"
)

// OrganizationByExternalID returns one organisation by external id. Experts
// name their organisation this way, and the pages link to it.
func (a *App) OrganizationByExternalID(ctx context.Context, xid string) (*model.Organization, error) {
	return a.db.GetOrganizationByExternalID(ctx, xid)
}
