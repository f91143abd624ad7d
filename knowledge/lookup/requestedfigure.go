package lookup

import "slices"

// Requested figures (part of stage 4). "Prosecutors had asked for 15
// years", "his lawyer argued for a sentence of no more than five years",
// "the city sought $2 million": a verb of request tells what someone
// asked to be done or given, not what was (a request is non-implicative,
// as the verbs of hope are: Karttunen, "Implicative Verbs", 1971; "she
// asked for 15 years but got 12" is no contradiction). So its figure
// answers "how long did he get" only where no stated outcome does, and a
// question that asks the request itself ("how many years did the
// prosecutor want", "what did the defense ask for") takes it as asked.

// requestForms are the forms of the verbs of request: WordNet 3.0's
// request v. 1 ("express the need or desire for; ask for") with its
// troponyms ask, seek, petition, appeal, call for, and recommend v. 1
// {recommend, urge, advocate} ("push for something"), whose gloss of
// advocate v. 2 is "speak, plead, or argue in favor of" (argue for,
// plead for, press for, push for). The forms are those that report a
// request made.
var requestForms = set("asked", "asking", "asks", "requested", "requesting", "requests",
	"sought", "seeking", "seeks", "petitioned", "appealed", "called", "calling",
	"recommended", "recommending", "recommends", "urged", "urging", "advocated",
	"argued", "arguing", "pleaded", "pleading", "pressed", "pressing", "pushed", "pushing")

// requestWords are the words with which a question asks the request
// itself (the verbs above and their base forms, with want and its
// nouns).
var requestWords = set("ask", "asked", "asking", "request", "requested", "seek", "sought",
	"want", "wanted", "wants", "recommend", "recommended", "recommendation", "urge", "urged",
	"argue", "argued", "push", "pushed", "press", "pressed", "plead", "call", "called",
	"advocate", "petition", "appeal", "demand", "demanded", "propose", "proposed", "wish", "hope")

// requestedFigure reports whether figure n of s (from the approximators
// before it, "no more than") is the object of a verb of request within
// the few words before it, in its clause ("had asked for a sentence of
// seven years").
func requestedFigure(s *sentence, n quantity) bool {
	n = withHedge(s, n)
	for k := n.tok - 1; k >= 0 && k >= n.tok-6 && !punctuatedBetween(s.text, s.toks, k+1); k-- {
		if requestForms[s.toks[k].lower] {
			return true
		}
	}
	return false
}

// requestedWeight weighs a requested figure: -2 when the question asks
// neither the request nor of the future.
func requestedWeight(q *query, s *sentence, n quantity) float64 {
	if !requestedFigure(s, n) || asksFuture(q) || slices.ContainsFunc(q.toks, func(t token) bool { return requestWords[t.lower] }) {
		return 0
	}
	return -2
}
