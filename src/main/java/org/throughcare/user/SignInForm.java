package org.throughcare.user;

/** What the sign-in page shows back after a failed attempt: the username, never the password. */
class SignInForm {

    private String username;
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
