package lookup

import "strings"

// ageValue answers "how old" with no one named by the value the article
// states ("what's the average age": 41), and by nothing else: "how old"
// asks an age, a number of years (Quirk et al., §7.85, "how old" with the
// measure phrase of age), so a passage without a figure, as the value
// handler's last resort gives ("Crews begin replacing aging Harlow River
// bridge" for "how old is the bridge"), does not answer it.
func (e *Engine) ageValue(q *query) (reply, bool) {
	r, ok := e.value(q)
	if ok && !strings.ContainsAny(r.head, "0123456789") && !strings.Contains(strings.ToLower(r.head), "-old") {
		return reply{}, false
	}
	return r, ok
}
