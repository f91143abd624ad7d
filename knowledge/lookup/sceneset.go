package lookup

// A scene is set before it holds (part of stage 3, candidates): a place
// or body a question names after a preposition ("born at St. Agnes", "at
// the hearing") sets the scene, and a sentence need not name it again to
// answer (contextEntities). But a text sets its scene by naming it: what
// it tells before it first names a place or body, it tells of the scene
// set so far (the dateline's, the lead's), not of one it has yet to
// introduce, as a reader meets the setting only where it is named
// (Halliday and Hasan, "Cohesion in English", 1976, ch. 2: reference
// within a text points back to what the text has introduced). So "how many
// babies were born at St. Agnes" is not answered by the story's own
// hospital's births, told before St. Agnes comes up.

// sceneSet reports whether entity x has been named by sentence i: in it
// or in a sentence before it in the headline, the lead or i's own
// paragraph (sideScene); and whether sentence i, when it does not name
// x, stays in the scene rather than widening it (sceneWidened).
func (e *Engine) sceneSet(x, i int) bool {
	if s := &e.r.sents[i]; !contains(s.named, x) && sceneWidened(s) {
		return false
	}
	for j := 0; j <= i && j < len(e.r.sents); j++ {
		if p := e.r.sents[j].para; contains(e.r.sents[j].named, x) && (p <= 1 || p == e.r.sents[i].para) {
			return true
		}
	}
	return false
}

// A side scene, one named after the lead, holds within its paragraph. The headline
// and the lead (with the dateline) set the story's scene (AP Stylebook,
// "datelines": the dateline names where the story's news happened); a
// place or body the body first names later is a side scene ("it will
// move production to a newer plant in Carver"), and a later paragraph that
// does not name it again has returned to the story's own ("about 350 of
// the plant's workers" are the dateline's plant's); a sentence that names
// the place again opens its scene anew.

// A sentence may widen the scene for itself: "Nationwide, more than 200
// rural hospitals have closed their maternity units" tells of the nation,
// not of the dateline's state. The adverbs of place that extend a
// statement over a nation or the world set the sentence's own scope
// (WordNet 3.0 adverbs: nationwide, nationally, "extending throughout an
// entire nation"; globally and internationally, "throughout the world";
// elsewhere, "in or to another place"; and worldwide, which WordNet files
// as the adjective of the same sense, used adverbially in news prose).
var sceneWideners = set("nationwide", "nationally", "worldwide", "globally", "internationally", "elsewhere")

// sceneWidened reports whether s holds one of sceneWideners outside a
// quotation.
func sceneWidened(s *sentence) bool {
	for k, t := range s.toks {
		if sceneWideners[t.lower] && !s.quoted[k] {
			return true
		}
	}
	return false
}
