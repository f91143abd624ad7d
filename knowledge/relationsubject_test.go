package knowledge

import "testing"

// TestRelationSubject: a quotation attributed by a possessive and a
// relation noun ("her daughter said") goes to the person the article
// apposed that noun to before, on either side of the name; two people of
// one relation leave the relation as written (relationsubject.go).
func TestRelationSubject(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"relation before the name",
			"Helen Voss died Monday. She was 92.\n\nHer daughter, Carol Lind, said she died of a stroke.\n\nThe bakery closed in 2019.\n\n\"She never took a day off,\" her daughter said.",
			[]string{"Carol Lind"}},
		{"relation after the name",
			"Omar Haddad was charged Friday.\n\nTom Ruiz, his lawyer, said he would plead not guilty.\n\n\"He is innocent,\" his lawyer said.",
			[]string{"Tom Ruiz"}},
		{"two of one relation",
			"Ann Moss died Monday.\n\nHer son, Paul Moss, and her son, Dan Moss, were with her.\n\n\"She was kind,\" her son said.",
			[]string{"her son"}},
	}
	for _, tt := range tests {
		checkSpeakers(t, tt.name, tt.body, tt.want)
	}
}
