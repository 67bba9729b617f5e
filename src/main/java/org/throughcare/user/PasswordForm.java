package org.throughcare.user;

import jakarta.validation.constraints.NotBlank;

class PasswordForm {

    @NotBlank(message = "Enter a new password")
    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
