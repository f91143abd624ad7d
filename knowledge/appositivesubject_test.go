package knowledge

import "testing"

// TestAppositiveSubjectSpeaks checks that a body named inside the
// appositive of a subject ("Ann Cole, a lawyer for the association,
// called") does not speak in place of the person the appositive
// describes; the articles are written for the test.
func TestAppositiveSubjectSpeaks(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a framing verb after an appositive naming a body",
			"The Delta Growers Association sued the state in May.\n\nAnn Cole, a lawyer for the association, called the ruling \"a victory for farmers.\"",
			[]string{"Ann Cole"}},
		{"a verb of saying after an appositive naming a body",
			"The Delta Growers Association sued the state in May.\n\nAnn Cole, a lawyer for the association, said \"we will win.\"",
			[]string{"Ann Cole"}},
	}
	for _, tt := range tests {
		checkSpeakers(t, tt.name, tt.body, tt.want)
	}
}
