package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Tallies: votes and scores, written "34-16" (AP Stylebook, "scores" and
// "vote tabulations": figures joined by a hyphen, the larger first).

// bodyOfPlace reports whether entity o is an organisation whose name holds
// the name of one of the places asked about: "the Spokane City Council" is
// Spokane's council, so its vote is the one a question about Spokane asks
// for (AP Stylebook, "city council": the city's name starts the body's).
func (e *Engine) bodyOfPlace(o int, places []int) bool {
	if e.a.Entities[o].Kind != knowledge.Organisation {
		return false
	}
	name := " " + strings.ToLower(e.a.Entities[o].Name) + " "
	for _, p := range places {
		if e.a.Entities[p].Kind == knowledge.Place && strings.Contains(name, " "+strings.ToLower(e.a.Entities[p].Name)+" ") {
			return true
		}
	}
	return false
}
