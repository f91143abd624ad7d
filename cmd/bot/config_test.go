package main

import "testing"

func TestOpenAIStructured(t *testing.T) {
	for _, tc := range []struct {
		base, structured string
		want             bool
		err              bool
	}{
		{"", "", true, false},                           // OpenAI's own API supports response_format
		{"http://127.0.0.1:11434/v1", "", false, false}, // another server may not
		{"http://127.0.0.1:11434/v1", "true", true, false},
		{"", "false", false, false},
		{"", "maybe", false, true},
	} {
		env := map[string]string{"DOTENV": "/nonexistent/.env", "OPENAI_BASE_URL": tc.base, "OPENAI_STRUCTURED": tc.structured}
		c, err := loadConfig(func(k string) string { return env[k] })
		if (err != nil) != tc.err {
			t.Errorf("%+v: err %v", tc, err)
			continue
		}
		if err == nil && c.OpenAIStructured != tc.want {
			t.Errorf("%+v: OpenAIStructured = %v, want %v", tc, c.OpenAIStructured, tc.want)
		}
	}
}
