package nl.huurronde;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HuurrondeApplication {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
