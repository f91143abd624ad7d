package lookup

import "strings"

// A counted noun left out of a later part (part of stage 2): "how many
// counts convicted and how many acquitted" asks, in its second part, how
// many counts were acquitted. The second of two coordinated questions
// leaves out the head noun the first has just given (ellipsis of the
// head after a quantifier, Quirk et al. 1985, ch. 12 on ellipsis), so a
// "how many" part whose next word is a verb that can be no noun counts
// the noun the part before counts. After an auxiliary ("how many can it
// hold") the verb may count another thing (its capacity), and the part
// is left as it is.

// elidedCounted completes each "how many" part that leaves out its noun
// with the words of the noun the part before counts; parts without such
// a predecessor are returned as they are.
func (e *Engine) elidedCounted(parts []string) []string {
	for k := 1; k < len(parts); k++ {
		w := strings.Fields(parts[k])
		if len(w) < 3 || strings.ToLower(w[0]) != "how" || strings.ToLower(w[1]) != "many" {
			continue
		}
		next := strings.ToLower(strings.Trim(w[2], "?.!,"))
		if auxiliaries[next] || e.canBe(next, "noun") || !e.canBe(next, "verb") {
			continue // "how many kids": its own noun; "how many can it hold" leaves it open
		}
		if noun := e.countedWords(parts[k-1]); noun != "" {
			parts[k] = strings.Join(w[:2], " ") + " " + noun + " " + strings.Join(w[2:], " ")
		}
	}
	return parts
}

// countedWords is the noun phrase, as written, that a "how many"
// question counts: the words after "many" that its focus holds ("counts"
// of "how many counts convicted"), or "".
func (e *Engine) countedWords(p string) string {
	w := strings.Fields(p)
	if len(w) < 3 || strings.ToLower(w[0]) != "how" || strings.ToLower(w[1]) != "many" {
		return ""
	}
	focus := e.understand(p, nil).focus
	var out []string
	for _, x := range w[2:] {
		st := stemOf(strings.ToLower(strings.Trim(x, "?.!,")))
		if !containsStem(focus, st) {
			break
		}
		out = append(out, strings.Trim(x, "?.!,"))
	}
	return strings.Join(out, " ")
}

// containsStem reports whether one of stems meets st.
func containsStem(stems []string, st string) bool {
	for _, f := range stems {
		if stemsMeet(f, st) {
			return true
		}
	}
	return false
}
