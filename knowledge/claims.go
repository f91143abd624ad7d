package knowledge

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file splits a model's reply into claims: sentences and list items,
// each carrying the citations written in it or right after it. It works on
// a growing buffer, so that a streamed reply is split as it arrives and
// each claim is found once (see claimEnd).

// claimEnd returns the byte offset where the claim starting at from ends in
// raw: after its sentence-ending punctuation (or line break) and any
// citations that follow it. It returns -1 when raw does not yet show where
// the claim ends and more text may come (final false); with final true the
// claim runs at most to the end of raw.
//
// A sentence ends at . ! or ? (with closing quotation marks or brackets)
// followed by white space and then not a lower-case letter or digit; not
// after an abbreviation ("Dec.", "U.S."), and not inside a double
// quotation. A line break always ends one.
func claimEnd(raw string, from int, final bool) int {
	st := claimScan{pos: from}
	return st.end(raw, final)
}

// claimScan is claimEnd's place in a text that grows, so that a streamed
// reply is scanned once rather than from the claim's start at every
// chunk: where to go on, and whether a quotation is open and the claim has
// begun there.
type claimScan struct {
	pos              int
	inQuote, content bool
}

// end goes on scanning raw, which extends the text of earlier calls, and
// returns as claimEnd does. After a claim ends, start a new claimScan at
// its end.
func (st *claimScan) end(raw string, final bool) int {
	inQuote, content := st.inQuote, st.content
	for i := st.pos; i < len(raw); {
		st.pos, st.inQuote, st.content = i, inQuote, content
		r, size := utf8.DecodeRuneInString(raw[i:])
		switch {
		case r == '\n':
			if content {
				return attachCitations(raw, i, final)
			}
		case r == '"':
			inQuote = !inQuote
		case r == '\u201c':
			inQuote = true
		case r == '\u201d':
			inQuote = false
		case strings.ContainsRune(".!?", r) && (!inQuote || closesQuote(raw, i+size)):
			end, next, closed := sentenceStop(raw, i, size, final)
			if end != notAnEnd {
				return end
			}
			inQuote = inQuote && !closed
			i = next
			continue
		}
		if !unicode.IsSpace(r) {
			content = true
		}
		i += size
	}
	st.pos, st.inQuote, st.content = len(raw), inQuote, content
	if final {
		return len(raw)
	}
	return -1
}

// skipClosers skips the closing quotation marks, brackets and emphasis
// after sentence punctuation, reporting whether a closing double
// quotation mark was among them.
func skipClosers(raw string, j int) (int, bool) {
	closed := false
	for j < len(raw) {
		rr, s := utf8.DecodeRuneInString(raw[j:])
		if !strings.ContainsRune("\"'\u201d\u2019)*_", rr) {
			break
		}
		closed = closed || rr == '"' || rr == '\u201d'
		j += s
	}
	return j, closed
}

// notAnEnd is sentenceStop's answer for punctuation that ends no sentence.
const notAnEnd = -2

// sentenceStop decides whether the . ! or ? at raw[i:i+size] ends a
// sentence. It returns the claim's end (citations after it included), -1
// when more text is needed to tell, or notAnEnd with where to go on
// scanning; closed reports a closing quotation mark passed on the way.
func sentenceStop(raw string, i, size int, final bool) (end, next int, closed bool) {
	j, closed := skipClosers(raw, i+size)
	switch {
	case j == len(raw) && final:
		return len(raw), j, closed
	case j == len(raw):
		return -1, j, closed
	case !unicode.IsSpace(rune(raw[j])) || raw[i] == '.' && (isAbbrev(wordBefore(raw[:i])) || listNumber(raw[:i])):
		return notAnEnd, j, closed
	}
	nextText := strings.TrimLeftFunc(raw[j:], unicode.IsSpace)
	if nextText == "" && !final {
		return -1, j, closed
	}
	if nr := firstRuneOf(nextText); nextText != "" && (unicode.IsLower(nr) || unicode.IsDigit(nr)) {
		return notAnEnd, j, closed
	}
	return attachCitations(raw, j, final), j, closed
}

// closesQuote reports whether raw at i starts with a closing double
// quotation mark: a period inside the marks still ends the sentence.
func closesQuote(raw string, i int) bool {
	return strings.HasPrefix(raw[i:], "\u201d") || strings.HasPrefix(raw[i:], `"`) && (i+1 == len(raw) || unicode.IsSpace(rune(raw[i+1])))
}

// wordBefore returns the last word of s (letters, digits, periods, hyphens).
func wordBefore(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-') })
	return s[i+1:]
}

// attachCitations extends a claim ending at end over the white space and
// citation groups that follow it ("… campaign. [P3]"), which belong to it.
// It returns -1 when the text after end might still be the start of a
// citation and more may come.
func attachCitations(raw string, end int, final bool) int {
	i := end
	for {
		j := i
		for j < len(raw) && unicode.IsSpace(rune(raw[j])) {
			j++
		}
		if j == len(raw) {
			if final {
				return len(raw)
			}
			return -1
		}
		if loc := citeAtStart.FindStringIndex(raw[j:]); loc != nil {
			if j+loc[1] == len(raw) && !final {
				return -1 // "[P1" may yet become "[P12]"; "P1" may be "P12"
			}
			i = j + loc[1]
			// A period after a trailing citation ("… [P3].") ends the claim too.
			for i < len(raw) && strings.ContainsRune(".;,", rune(raw[i])) {
				i++
			}
			continue
		}
		if !final && partialCitation(raw[j:]) {
			return -1
		}
		return i
	}
}

// citeAtStart matches a citation group at the start of the text only, so
// that looking for one costs nothing when there is none.
var citeAtStart = regexp.MustCompile(`^(?:` + citeGroup.String() + `)`)

// partialCitation reports whether s, the end of the text so far, could be
// the start of a citation not yet complete ("[", "[P1", "(P", "¶").
func partialCitation(s string) bool {
	if len(s) > 12 {
		return false
	}
	s = strings.TrimLeft(s, "[( ")
	if s == "" {
		return true
	}
	s = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(s, "P"), "p"), "¶")
	return strings.TrimLeft(s, "0123456789,;-–& Pp¶") == ""
}

// splitClaims splits a whole reply into its claims' raw text, each with the
// white space before it.
func splitClaims(raw string) []string {
	var out []string
	for from := 0; from < len(raw); {
		end := claimEnd(raw, from, true)
		if end <= from {
			end = len(raw)
		}
		out = append(out, raw[from:end])
		from = end
	}
	return out
}

// markdownMarks are stripped from a claim before it is checked.
var markdownMarks = strings.NewReplacer("**", "", "__", "", "`", "")

// plainClaim strips list markers, heading marks and emphasis from a claim.
func plainClaim(s string) string {
	s = strings.TrimSpace(markdownMarks.Replace(s))
	for {
		t := strings.TrimLeft(s, "#>")
		t = strings.TrimSpace(t)
		if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "• ") {
			t = strings.TrimSpace(t[strings.IndexByte(t, ' ')+1:])
		} else if k := strings.IndexAny(t, ".)"); k > 0 && k <= 3 && strings.Trim(t[:k], "0123456789") == "" && k+1 < len(t) && t[k+1] == ' ' {
			t = strings.TrimSpace(t[k+1:])
		}
		if t == s {
			return s
		}
		s = t
	}
}

// listNumber reports whether s ends a line's opening list number ("2"
// of "2. Sessions …"), whose period ends no sentence. It looks back a few
// bytes only.
func listNumber(s string) bool {
	k := len(s)
	for k > 0 && len(s)-k < 3 && s[k-1] >= '0' && s[k-1] <= '9' {
		k--
	}
	if k == len(s) {
		return false
	}
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t') {
		k--
	}
	return k == 0 || s[k-1] == '\n'
}
