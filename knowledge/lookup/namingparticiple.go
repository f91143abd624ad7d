package lookup

import "strings"

// A name given by a participle of naming (part of stage 4): "The planet,
// called LHS 1140 b, orbits a small red star", "a storm named Helene",
// "the dog, known as Biscuit". "Called", "named", "dubbed" and "known
// as" take the name as the complement of a reduced relative clause that
// postmodifies the noun (Quirk et al. 1985, §16.44 on "call" and "name"
// with an object complement; §17.27 on reduced relatives), so the name
// is the noun's own, and "which planet", "what's the name of the planet"
// are answered by it. A name set off by commas runs to the closing
// comma, so a designation with figures ("LHS 1140 b", "Flight 2217")
// stays whole; one not set off is its run of capitalised words.

// namingParticiples are the participles that take a name as complement.
var namingParticiples = map[string]bool{"called": true, "named": true, "dubbed": true, "nicknamed": true, "renamed": true}

// participleNamed is the one name the article gives a description of
// head with every modifier of mods by a participle of naming, with its
// sentence; "" when none does, or when two different names do.
func (e *Engine) participleNamed(head string, mods []string) (string, *sentence) {
	return e.oneNamed(head, func(s *sentence, k int) string {
		if descriptionStart(s, k, mods) < 0 {
			return ""
		}
		return participleName(s, k)
	})
}

// participleName is the name a participle of naming right after token k
// of s gives (past a comma), or "".
func participleName(s *sentence, k int) string {
	p := k + 1
	if p >= len(s.toks) {
		return ""
	}
	apposed := strings.TrimSpace(s.text[s.toks[k].end:s.toks[p].start]) == ","
	switch {
	case namingParticiples[s.toks[p].lower]:
		p++
	case s.toks[p].lower == "known" && p+1 < len(s.toks) && s.toks[p+1].lower == "as":
		p += 2
	default:
		return ""
	}
	if p >= len(s.toks) || !s.toks[p].cap || s.quoted[p] {
		return ""
	}
	end := p
	for j := p + 1; j < len(s.toks) && j <= p+5; j++ {
		gap := strings.TrimSpace(s.text[s.toks[j-1].end:s.toks[j].start])
		if gap != "" {
			break
		}
		t := s.toks[j]
		if !t.cap && !isNumeric(t) && !(apposed && designationLetter(s, j)) {
			break
		}
		end = j
	}
	if apposed {
		end = apposedNameEnd(s, end)
	}
	if apposed && end+1 < len(s.toks) && !strings.HasPrefix(strings.TrimSpace(s.text[s.toks[end].end:]), ",") && !strings.HasPrefix(strings.TrimSpace(s.text[s.toks[end].end:]), ".") {
		return "" // "The planet, called LHS 1140 b, orbits": set off, the name runs to the comma
	}
	return s.text[s.toks[p].start:s.toks[end].end]
}

// designationLetter reports whether token j of s is a single lower-case
// letter right after a figure: the last part of a catalogue designation
// ("LHS 1140 b", the planet b of star LHS 1140).
func designationLetter(s *sentence, j int) bool {
	t := s.toks[j]
	return len(t.lower) == 1 && t.lower[0] >= 'a' && t.lower[0] <= 'z' && isNumeric(s.toks[j-1])
}

// apposedNameEnd is the last token of a name set off by commas in s whose
// capitalised run ends at token end: the run,
// or, when one or two lower-case words of no function run on to the
// closing comma, the last of those. A species' scientific name is a
// capitalised genus and a lower-case epithet ("Noblella vocalis":
// International Code of Zoological Nomenclature, Art. 5.1 and 28), and a
// name set off runs to its comma.
func apposedNameEnd(s *sentence, end int) int {
	for j := end + 1; j < len(s.toks) && j <= end+2; j++ {
		t := s.toks[j]
		if strings.TrimSpace(s.text[s.toks[j-1].end:t.start]) != "" || t.cap || stopWords[t.lower] || isNumeric(t) {
			return end
		}
		if strings.HasPrefix(strings.TrimSpace(s.text[t.end:]), ",") {
			return j
		}
	}
	return end
}
