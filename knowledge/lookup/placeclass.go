package lookup

import (
	"strings"

	"storybot/knowledge"
)

// The class of a place (part of stage 4, which-questions). A U.S. place's
// name carries its class as its head noun ("Fresno County", "Orleans
// Parish"; the U.S. Census Bureau's county equivalents: county, parish,
// borough), and the states are a closed list (knowledge.IsUSStateName),
// so "which state" asks for a state, "which county" for a county, and
// "which city" or "which town" for a place that is neither, nor a
// country. A place the gazetteer does not classify is left to the reading
// of its sentence.

// countyHeads are the head nouns of the Census Bureau's county
// equivalents.
var countyHeads = set("county", "parish", "borough")

// placeClassFits reports whether place x may be of the class the asked
// noun names: a state, a county, or a city or town.
func (e *Engine) placeClassFits(x int, noun string) bool {
	name := e.a.Entities[x].Name
	f := strings.Fields(strings.ToLower(name))
	last := f[len(f)-1]
	switch noun {
	case "state":
		return knowledge.IsUSStateName(name) || !e.namesAUSState()
	case "county":
		return countyHeads[last]
	case "city", "town":
		return !knowledge.IsUSStateName(name) && !knowledge.IsCountry(name) && !countyHeads[last]
	}
	return true
}

// namesAUSState reports whether the article names a U.S. state.
func (e *Engine) namesAUSState() bool {
	for _, en := range e.a.Entities {
		if en.Kind == knowledge.Place && knowledge.IsUSStateName(en.Name) {
			return true
		}
	}
	return false
}
