package lookup

import "testing"

// A story whose unnamed doers are set apart from their verbs by
// nonrestrictive relative clauses, with the source named after.
const relativeClauseSubjectStory = `Boy pulled from icy pond in Fargo

FARGO, N.D. (AP) — A 9-year-old boy was pulled from an icy pond Sunday and taken to a hospital, police said.

A neighbor, who asked not to be named, called 911 at about 2 p.m., Sgt. Maria Tovar said.

Two teenagers, who were skating nearby, pulled the boy out with a hockey stick, Tovar said.
`

func TestRelativeClauseLeavesTheSubject(t *testing.T) {
	e := engineOf(t, relativeClauseSubjectStory)
	checkOpenings(t, e, []openingCase{
		// ", who asked not to be named," modifies the neighbor, who called
		{q: "who called 911", first: "A neighbor"},
		{q: "who pulled the boy out", first: "Two teenagers"},
	})
}
