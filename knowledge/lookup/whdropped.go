package lookup

import "strings"

// A wh-word typed without its h (part of stage 2, before the question is
// read): in most accents of English "wh" is said as plain /w/ (the
// wine–whine merger; Wells, "Accents of English", 1982, §3.2.4), and chat
// spells the question words as they sound ("wat", "wen", "wich"; the
// eye-dialect spellings Wiktionary lists). Such a spelling can be an
// English word of its own ("wen", a cyst), so it is read as the wh-word
// only where a question word stands: first in the question, before an
// auxiliary or modal verb ("wen did he resign"). A spelling that is a
// function word itself ("were") is left alone, since "were they hurt" is
// a question as typed.

// whDroppedStart writes out a question's first word when it is a wh-word
// typed without its h and an auxiliary follows it ("wen did flynn step
// down" → "when did flynn step down").
func (e *Engine) whDroppedStart(text string) string {
	fields := strings.Fields(text)
	if len(fields) < 2 {
		return text
	}
	core := strings.TrimRight(fields[0], "?!.,;:")
	next := strings.ToLower(strings.TrimRight(fields[1], "?!.,;:"))
	if !auxiliaries[next] && !modalAux[next] {
		return text
	}
	w := whWithoutH(core)
	if w == "" || e.r.vocab[core] {
		return text
	}
	fields[0] = w + fields[0][len(core):]
	return strings.Join(fields, " ")
}

// whWithoutH is the wh-word that w, typed in lower case, spells without
// the h after its w ("wen" → "when"), or "".
func whWithoutH(w string) string {
	if len(w) < 2 || w[0] != 'w' || w[1] == 'h' || strings.ToLower(w) != w || stopWords[w] {
		return ""
	}
	if full := "wh" + w[1:]; whWords[full] {
		return full
	}
	return ""
}
