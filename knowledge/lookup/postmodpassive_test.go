package lookup

import "testing"

// harborStudy is a short article written for this test, in no question
// set: an act told in a reduced passive relative clause with no comma,
// after a place's name ("a study of Port Wendell paid for by a shipping
// group tied to …") and after a common noun ("a plan drawn up by two
// aides"), while the sentence's subject did another act.
const harborStudy = `Council weighs harbor study

PORT WENDELL, Maine (AP) — Council member Ruth Abney released a study of Port Wendell paid for by a shipping company tied to the harbor's largest tenant, the council said Monday.

Abney later backed a plan drawn up by two aides in her office.
`

// The doer of an act told in a postmodifying -ed clause is the agent of
// its by-phrase (Quirk et al., §17.29), not the subject of the sentence's
// own verb.
func TestPostmodifyingPassiveAgent(t *testing.T) {
	e := engineOf(t, harborStudy)
	checkOpenings(t, e, []openingCase{
		{q: "who paid for the study", first: "A shipping company tied to the harbor's largest tenant.", not: []string{"Ruth Abney."}},
		{q: "who drew up the plan", first: "Two aides", not: []string{"Ruth Abney."}},
		{q: "who released the study", first: "Ruth Abney."},
	})
}
