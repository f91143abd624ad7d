package lookup

import "strings"

// "Where … from" asks a person's origin only with the copula or a verb of
// origin ("where is she from", "where does he come from", "where does
// she hail from"). With do-support or a modal and another lexical verb
// the preposition is stranded from that verb's own adjunct of place
// ("where did she watch from": "watched the launch from a hotel in
// Gisborne"; Quirk et al., §9.6, the stranded preposition, and §8.45,
// adjuncts of position and source): the place of the act, not a home.
// Verbs of motion keep their source reading and are read by
// direction.go.

// homeOriginVerbs are the verbs that with "from" state where a person comes
// from (WordNet 3.0: "come" sense 4, "hail", "originate", "descend").
var homeOriginVerbs = set("come", "comes", "came", "coming", "hail", "hails", "hailed",
	"originate", "originates", "originated", "descend", "descends", "descended")

// actFrom reports whether q's "from" belongs to a lexical verb of
// another act: do-support or a modal, and between it and "from" no
// copula, no verb of origin and no verb of motion.
func (q *query) actFrom() bool {
	ok, motion := q.strandedFrom()
	return ok && !motion
}

// asksHome reports whether q asks where a person it names is from or
// what they represent, and not where they did something (actFrom).
func (e *Engine) asksHome(q *query) bool {
	return homeQuestion.MatchString(strings.ToLower(q.raw)) && e.hasPersonOf(q.subjects, 0) && !q.actFrom() && !q.motionFrom()
}
